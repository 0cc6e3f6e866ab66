import allowedLinks from './allowed-links.ts';
import confirmedSignatories from './confirmed-signatories.ts';
import datesOrder from './date-order.ts';
import focusAreaReferences from './focus-area-references.ts';
import footnoteReferences from './footnote-references.ts';
import knownDirectives from './known-directives.ts';
import noDuplicateFootnote from './no-duplicate-footnote.ts';
import noOtherMunicipality from './no-other-municipality.ts';
import noPlaceholders from './no-placeholders.ts';
import noRawHtml from './no-raw-html.ts';
import periodMatchesId from './period-matches-id.ts';
import promiseReferences from './promise-references.ts';
import type { Rule } from './rule.ts';
import signatoryParty from './signatory-party.ts';
import signedEditionLocked from './signed-edition-locked.ts';
import signedPdfRecord from './signed-pdf-record.ts';
import uniqueIds from './unique-ids.ts';
import validDates from './valid-dates.ts';
import safePaths from './safe-paths.ts';
import derivedFrom from './derived-from.ts';
import noTitleHeading from './no-title-heading.ts';
import textCharacters from './text-characters.ts';
import noHtmlInText from './no-html-in-text.ts';
import headingLevels from './heading-levels.ts';
import appendixPromiseStatus from './appendix-promise-status.ts';

export const RULES: readonly Rule[] = [
  uniqueIds,
  focusAreaReferences,
  promiseReferences,
  signatoryParty,
  confirmedSignatories,
  footnoteReferences,
  knownDirectives,
  noRawHtml,
  allowedLinks,
  validDates,
  datesOrder,
  periodMatchesId,
  noPlaceholders,
  noOtherMunicipality,
  noDuplicateFootnote,
  signedEditionLocked,
  signedPdfRecord,
  safePaths,
  derivedFrom,
  noTitleHeading,
  textCharacters,
  noHtmlInText,
  headingLevels,
  appendixPromiseStatus,
];
