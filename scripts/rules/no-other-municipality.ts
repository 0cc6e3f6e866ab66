import kommuner from '../data/kommuner.json' with { type: 'json' };
import type { Content } from '../model/model.ts';
import { escapeRegExp } from '../model/text.ts';
import { ruleWords, type Owner, type Rule } from './rule.ts';
import { textSpans } from './text-spans.ts';
import { AREA, EDITION, GLOSSARY, PROMISE, replaceOnce, TEXT, warning } from './examples.ts';

/** The 290 municipalities of Sweden, as their names are written in running text. */
export const MUNICIPALITIES: readonly string[] = kommuner;

// Longest first, so "Upplands Väsby" wins over a shorter name inside it.
const NAMES = new RegExp(
  `(?<![\\p{L}\\p{N}-])(${[...MUNICIPALITIES].sort((a, b) => b.length - a.length).map(escapeRegExp).join('|')})(?![\\p{L}\\p{N}-])`,
  'gu',
);
/** A region, a county or a university named after a place is not a municipality's name. */
const INSTITUTION_AFTER = /^s? (universitet|högskola|län|läns)\b/iu;
const INSTITUTION_BEFORE = /\bRegion $/u;

/**
 * Who decides which other names a text may mention: the edition for its own files, a promise
 * for itself, the glossary (shared by every edition) for itself. Each has allowedPlaceNames.
 */
type Words = ReturnType<typeof ruleWords>['no-other-municipality'];

function ownerOf({ edition, promise }: Owner, content: Content, words: Words): { own: string[]; allowed: string[]; where: string } {
  const everyOwn = content.editions.map((edition) => edition.meta.data.municipality);
  if (edition) {
    const data = edition.meta.data;
    // A party's own name may carry another municipality's ("lokalpolisområde Karlskoga" serves Degerfors too).
    const partyNames = data.parties.flatMap((party) => [party.name, ...(party.organisation ?? [])]);
    const named = partyNames.flatMap((name) => [...name.matchAll(NAMES)].map((match) => match[1]!));
    return { own: [...new Set([data.municipality, ...named])], allowed: data.allowedPlaceNames ?? [], where: edition.meta.file.path };
  }
  if (promise) {
    return { own: everyOwn, allowed: promise.meta.data.allowedPlaceNames ?? [], where: words.promiseFrontmatter(promise.meta.file.path) };
  }
  return { own: everyOwn, allowed: content.glossary?.data.allowedPlaceNames ?? [], where: content.glossary?.file.path ?? words.glossary };
}

/**
 * The text names no municipality other than the edition's own (a remnant of another
 * municipality's agreement used as a template), unless the name is in allowedPlaceNames of the
 * edition, the promise or the glossary that holds the text. A party's own name may carry another
 * municipality's name, and so may a university, a county or a region. Fires at the name, inside
 * the text. A warning, since the name may be meant; in the wording of a signed edition's record
 * the record policy adds that it is corrected in the next edition.
 */
const rule: Rule = {
  id: 'no-other-municipality',
  description: 'Texten nämner ingen annan kommun än den egna (rester från en mall), om den inte står i allowedPlaceNames.',
  check(content, report) {
    const words = ruleWords(content)['no-other-municipality'];
    for (const span of textSpans(content)) {
      const { own, allowed, where } = ownerOf(span.owner, content, words);
      // No edition could be read, so the own municipality is unknown.
      if (own.length === 0) continue;
      const permitted = new Set([...own, ...allowed]);
      for (const match of span.value.matchAll(NAMES)) {
        const name = match[1]!;
        if (permitted.has(name)) continue;
        const after = span.value.slice(match.index + name.length);
        const before = span.value.slice(0, match.index);
        if (INSTITUTION_AFTER.test(after) || INSTITUTION_BEFORE.test(before)) continue;
        report(span.file, {
          severity: 'warning',
          place: span.at(match.index),
          wording: span.owner,
          ...words.other(name, own, where),
        });
      }
    }
  },
  examples: {
    ok: [
      {
        name: 'en part vars namn bär en annan kommuns namn',
        overrides: {
          [EDITION]: replaceOnce('name: lokalpolisområde Degerfors', 'name: lokalpolisområde Karlskoga'),
          [TEXT]: replaceOnce('Degerfors ska vara', 'Lokalpolisområde Karlskoga arbetar i Degerfors. Degerfors ska vara'),
        },
      },
      {
        name: 'namnet står i allowedPlaceNames',
        overrides: {
          [EDITION]: replaceOnce('municipality: Degerfors\n', 'municipality: Degerfors\nallowedPlaceNames: [Karlskoga]\n'),
          [TEXT]: replaceOnce('Degerfors ska vara', 'Degerfors och Karlskoga delar räddningstjänst. Degerfors ska vara'),
        },
      },
      {
        name: 'universitet, län och region bär ortens namn utan att vara kommunen',
        overrides: {
          [TEXT]: replaceOnce('Degerfors ska vara', 'Med stöd av Örebro universitet, Region Örebro län och Örebro läns landsting. Degerfors ska vara'),
        },
      },
      { name: 'ordlistan får nämna namn i sin egen allowedPlaceNames', overrides: {} },
    ],
    notOk: [
      {
        name: 'en annan kommuns namn i texten',
        overrides: { [TEXT]: replaceOnce('trygg kommun', 'trygg kommun som Karlskoga') },
        expected: [
          warning(
            TEXT,
            1,
            40,
            'Texten nämner Karlskoga, en annan kommun än Degerfors.',
            'Om det är en rest från en annan kommuns text: byt till rätt namn. Om det är avsiktligt: lägg "Karlskoga" i allowedPlaceNames i agreement/2026-2029/edition.yaml.',
          ),
        ],
      },
      {
        name: 'i en undertecknad utgåva rättas det i nästa utgåva',
        overrides: { [EDITION]: replaceOnce('status: final', 'status: signed'), [TEXT]: replaceOnce('trygg kommun', 'trygg kommun som Karlskoga') },
        expected: [
          warning(
            TEXT,
            1,
            40,
            'Texten nämner Karlskoga, en annan kommun än Degerfors.',
            'Om det är en rest från en annan kommuns text: byt till rätt namn. Om det är avsiktligt: lägg "Karlskoga" i allowedPlaceNames i agreement/2026-2029/edition.yaml. Utgåvan är undertecknad och återges som den skrevs under: rätta det i nästa utgåva.',
          ),
        ],
      },
      {
        name: 'på en fortsättningsrad i en punktlista',
        overrides: { [AREA]: (valid) => `${valid}\n- Trygghetsvandringar i centrum\n  och i Kristinehamn varje höst.\n` },
        expected: [warning(AREA, 11, 9, 'Texten nämner Kristinehamn, en annan kommun än Degerfors.')],
      },
      {
        name: 'inne i en YAML-text',
        overrides: { [PROMISE]: replaceOnce('text: Genomföra trygghetsvandringar i Åtorp', 'text: Genomföra trygghetsvandringar i Laxå') },
        expected: [
          warning(
            PROMISE,
            16,
            43,
            'Texten nämner Laxå, en annan kommun än Degerfors.',
            'Om det är en rest från en annan kommuns text: byt till rätt namn. Om det är avsiktligt: lägg "Laxå" i allowedPlaceNames i frontmatter i promises/degerfors-trygghetsvandringar.md.',
          ),
        ],
      },
      {
        name: 'ordlistan nämner ett namn som inte är undantaget',
        overrides: { [GLOSSARY]: replaceOnce('allowedPlaceNames: [Örebro]\n', '') },
        expected: [
          warning(
            GLOSSARY,
            5,
            37,
            'Texten nämner Örebro, en annan kommun än Degerfors.',
            'Om det är en rest från en annan kommuns text: byt till rätt namn. Om det är avsiktligt: lägg "Örebro" i allowedPlaceNames i agreement/ordlista.yaml.',
          ),
        ],
      },
    ],
  },
};
export default rule;
