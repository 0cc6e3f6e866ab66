// What one edition changes from another, as data: metadata, focus areas, promise citations
// and a word-level diff of every section. Pure: the same two editions always give the same
// comparison, and the HTML page and the tests both read this one structure.
import { diffArrays, diffWordsWithSpace } from 'diff';
import { type Language, type LanguageCode, sv, wordsFor } from '../language/index.ts';
import { citationForm, citedPromiseId } from '../model/citations.ts';
import { fileSlug } from '../model/output-paths.ts';
import type { Content, Edition, EditionData, EditionStatus, FocusArea, Period, PromiseCitationData } from '../model/model.ts';
import { orderedFocusAreas } from '../model/model.ts';
import { partyName } from '../render/labels.ts';
import { align, commonSubsequence } from './align.ts';
import { paragraphUnit, splitSections, textUnits, type TextSection, type TextUnit, type UnitShape, unitText } from './section-text.ts';

export type ChangeKind = 'added' | 'removed' | 'changed';

export interface EditionRef {
  id: string;
  title: string;
  status: EditionStatus;
}

export type MetadataField =
  | 'title'
  | 'shortTitle'
  | 'status'
  | 'municipality'
  | 'period'
  | 'parties'
  | 'signatories'
  | 'signing'
  | 'decision'
  | 'documentType'
  | 'actors'
  | 'coordinators'
  | 'provenance';

export interface MetadataChange {
  field: MetadataField;
  kind: ChangeKind;
  /** Which item of a list the change concerns, e.g. the party a signatory signs for. */
  subject?: string;
  before?: string;
  after?: string;
}

export type FocusAreaChange =
  | { kind: 'added'; id: string; title: string; position: number }
  | { kind: 'removed'; id: string; title: string; position: number }
  | { kind: 'renamed'; id: string; before: string; after: string }
  | { kind: 'moved'; id: string; title: string; from: number; to: number };

export interface CitationChange {
  kind: ChangeKind;
  focusAreaId: string;
  focusAreaTitle: string;
  promiseId: string;
  promiseTitle: string;
  /** The footnote wording, when it is what changed. */
  before?: string;
  after?: string;
}

export interface DiffPart {
  kind: 'same' | 'added' | 'removed';
  text: string;
}

/** One unit of a section's text as compared: a paragraph, a list item, a table row. */
export interface DiffBlock {
  shape: UnitShape;
  /** The parts of each cell: one cell for a paragraph or an item, one per column for a row. */
  cells: DiffPart[][];
}

export interface SectionComparison {
  /** Unique within the comparison; usable as an HTML id. */
  key: string;
  kind: 'unchanged' | 'changed' | 'added' | 'removed';
  /** The heading to show: the new one, else the old one. */
  heading: string;
  /** Set when the heading itself changed. */
  headingBefore?: string;
  /** As a Markdown heading's: 2 for a section (##), 3 for a subsection; 0 for the text before the first heading. */
  depth: number;
  /** The text's units in reading order, removed ones where they stood. */
  blocks: DiffBlock[];
}

export interface ComparisonCounts {
  sectionsChanged: number;
  sectionsAdded: number;
  sectionsRemoved: number;
  focusAreasAdded: number;
  focusAreasRemoved: number;
  focusAreasRenamed: number;
  focusAreasMoved: number;
  citationsAdded: number;
  citationsRemoved: number;
  citationsChanged: number;
  /** Metadata fields with at least one change. */
  metadataFields: MetadataField[];
}

export interface EditionComparison {
  /** The language its words (descriptions, headings, the summary) are in: the site's. */
  language: LanguageCode;
  from: EditionRef;
  to: EditionRef;
  summary: { counts: ComparisonCounts; sentence: string };
  metadata: MetadataChange[];
  focusAreas: FocusAreaChange[];
  citations: CitationChange[];
  /** The sections of text.md in reading order, removed ones where they stood. */
  sections: SectionComparison[];
  /** The focus areas' descriptions (with their goals), in the new order; added and removed areas included. */
  focusAreaTexts: SectionComparison[];
}

export function compareEditions(content: Content, from: Edition, to: Edition): EditionComparison {
  const words = wordsFor(content.site.language);
  const metadata = compareMetadata(from.meta.data, to.meta.data, words);
  const areasFrom = orderedFocusAreas(from);
  const areasTo = orderedFocusAreas(to);
  const focusAreas = compareFocusAreas(areasFrom, areasTo);
  const citations = compareCitations(content, areasFrom, areasTo);
  const sections = compareSections(splitSections(from.text.tree, words.comparison), splitSections(to.text.tree, words.comparison), words);
  const focusAreaTexts = compareFocusAreaTexts(areasFrom, areasTo, words);
  const counts = countChanges(metadata, focusAreas, citations, sections, focusAreaTexts);
  return {
    language: content.site.language,
    from: editionRef(from),
    to: editionRef(to),
    summary: { counts, sentence: summarySentence(counts, words) },
    metadata,
    focusAreas,
    citations,
    sections,
    focusAreaTexts,
  };
}

function editionRef(edition: Edition): EditionRef {
  const { title, status } = edition.meta.data;
  return { id: edition.id, title, status };
}

// ---------------------------------------------------------------------------- metadata

function compareMetadata(a: EditionData, b: EditionData, words: Language): MetadataChange[] {
  const { format } = words;
  const changes: MetadataChange[] = [];
  const scalar = (field: MetadataField, before: string | undefined, after: string | undefined, subject?: string) => {
    if (before === after) return;
    const kind: ChangeKind = before === undefined ? 'added' : after === undefined ? 'removed' : 'changed';
    changes.push({ field, kind, ...(subject === undefined ? {} : { subject }), ...(before === undefined ? {} : { before }), ...(after === undefined ? {} : { after }) });
  };
  scalar('title', a.title, b.title);
  scalar('shortTitle', a.shortTitle, b.shortTitle);
  scalar('documentType', words.edition.documentKinds[a.documentType ?? 'samverkansoverenskommelse'], words.edition.documentKinds[b.documentType ?? 'samverkansoverenskommelse']);
  scalar('status', format.editionStatus(a.status), format.editionStatus(b.status));
  scalar('municipality', a.municipality, b.municipality);
  scalar('period', periodDescription(a.period, words), periodDescription(b.period, words));

  for (const pair of align(a.parties, b.parties, (x, y) => x.id === y.id)) {
    const subject = (pair.b ?? pair.a).name;
    scalar('parties', pair.a && partyDescription(pair.a, words), pair.b && partyDescription(pair.b, words), subject);
  }

  // Signatories are matched by the party they sign for, in order within the party: a new
  // chair of the board is a changed signatory, not one removed and one added.
  const partyIds = new Set([...a.parties, ...b.parties].map((party) => party.id));
  // A signatory of an unknown party is the signatory-party rule's error; it is still compared.
  for (const signatory of [...a.signatories, ...b.signatories]) partyIds.add(signatory.party);
  for (const partyId of partyIds) {
    const before = a.signatories.filter((signatory) => signatory.party === partyId);
    const after = b.signatories.filter((signatory) => signatory.party === partyId);
    const subject = (b.parties.find((party) => party.id === partyId) ?? a.parties.find((party) => party.id === partyId))?.name ?? partyId;
    for (let index = 0; index < Math.max(before.length, after.length); index += 1) {
      const x = before[index];
      const y = after[index];
      scalar('signatories', x && signatoryDescription(x, words), y && signatoryDescription(y, words), subject);
    }
  }

  for (const pair of align(a.actors ?? [], b.actors ?? [], (x, y) => x.name === y.name)) {
    scalar('actors', pair.a && words.edition.actor(pair.a.name, pair.a.role), pair.b && words.edition.actor(pair.b.name, pair.b.role), (pair.b ?? pair.a)!.name);
  }
  const coordinator = (data: EditionData, person: NonNullable<EditionData['coordinators']>[number]) =>
    words.edition.organisation.coordinator(person.name, person.role, person.party && partyName(data, person.party));
  for (const pair of align(a.coordinators ?? [], b.coordinators ?? [], (x, y) => x.role === y.role)) {
    scalar('coordinators', pair.a && coordinator(a, pair.a), pair.b && coordinator(b, pair.b), (pair.b ?? pair.a)!.role);
  }

  scalar('signing', format.signing(a), format.signing(b));
  const decisions = (data: EditionData) => format.decisions(data, (id) => partyName(data, id)).join('; ') || undefined;
  scalar('decision', decisions(a), decisions(b));
  const provenance = (data: EditionData) => data.provenance && [data.provenance.kept, data.provenance.url, data.provenance.note].filter(Boolean).join(', ');
  scalar('provenance', provenance(a), provenance(b));
  return changes;
}

/** The period as the page shows it, with its extension clause. */
function periodDescription(period: Period, words: Language): string {
  return [words.format.period(period), ...(period.extension ? [words.format.extension(period.extension)] : [])].join(' ');
}

/** A party with its organisation, its commitments and its resources: a change in any is a change of the party. */
function partyDescription(party: EditionData['parties'][number], words: Language): string {
  const organisation = party.organisation?.join(', ');
  const name = organisation && organisation !== party.name ? `${party.name} (${organisation})` : party.name;
  const labels = words.edition.organisation;
  const lists = [
    ...(party.commitments?.length ? [`${labels.commitments}: ${party.commitments.join('; ')}`] : []),
    ...(party.resources?.length ? [`${labels.resources}: ${party.resources.join('; ')}`] : []),
  ];
  return [name, ...lists].join('. ');
}

// Whether a draft's signatory is confirmed is a note to the coordinator, not a change of the
// agreement: it is left out, so a copied signatory reads as unchanged.
function signatoryDescription(signatory: EditionData['signatories'][number], words: Language): string {
  const where = words.format.placeAndDate(signatory.place, signatory.date);
  return `${signatory.name}, ${signatory.title}${where ? ` (${where})` : ''}`;
}

// ---------------------------------------------------------------------------- focus areas

const areaId = (area: FocusArea) => area.meta.data.id;
const areaTitle = (area: FocusArea) => area.meta.data.title;

function compareFocusAreas(a: FocusArea[], b: FocusArea[]): FocusAreaChange[] {
  const changes: FocusAreaChange[] = [];
  const idsA = a.map(areaId);
  const idsB = b.map(areaId);
  b.forEach((area, index) => {
    if (!idsA.includes(areaId(area))) changes.push({ kind: 'added', id: areaId(area), title: areaTitle(area), position: index + 1 });
  });
  a.forEach((area, index) => {
    if (!idsB.includes(areaId(area))) changes.push({ kind: 'removed', id: areaId(area), title: areaTitle(area), position: index + 1 });
  });
  for (const area of b) {
    const before = a.find((candidate) => areaId(candidate) === areaId(area));
    if (before && areaTitle(before) !== areaTitle(area)) {
      changes.push({ kind: 'renamed', id: areaId(area), before: areaTitle(before), after: areaTitle(area) });
    }
  }
  // Moved: among the areas both editions have, those outside the longest run kept in order.
  const commonA = idsA.filter((id) => idsB.includes(id));
  const commonB = idsB.filter((id) => idsA.includes(id));
  const kept = new Set(commonSubsequence(commonA, commonB, (x, y) => x === y).map(([index]) => commonA[index]));
  for (const id of commonB.filter((candidate) => !kept.has(candidate))) {
    const area = b[idsB.indexOf(id)]!;
    changes.push({ kind: 'moved', id, title: areaTitle(area), from: idsA.indexOf(id) + 1, to: idsB.indexOf(id) + 1 });
  }
  return changes;
}

function compareCitations(content: Content, a: FocusArea[], b: FocusArea[]): CitationChange[] {
  const promiseTitle = (id: string) => content.promises.find((promise) => promise.meta.data.id === id)?.meta.data.title ?? id;
  const words = wordsFor(content.site.language);
  const wording = (citation: PromiseCitationData) => citationForm(citation, words).join('{text}');
  const changes: CitationChange[] = [];
  for (const area of b) {
    const before = a.find((candidate) => areaId(candidate) === areaId(area));
    // An added area's citations come with it: they are listed with the area, not here.
    if (!before) continue;
    const citationsA = before.meta.data.promises ?? [];
    const citationsB = area.meta.data.promises ?? [];
    const base = { focusAreaId: areaId(area), focusAreaTitle: areaTitle(area) };
    for (const citation of citationsB) {
      const id = citedPromiseId(citation);
      const old = citationsA.find((candidate) => citedPromiseId(candidate) === id);
      if (!old) changes.push({ ...base, kind: 'added', promiseId: id, promiseTitle: promiseTitle(id) });
      else if (wording(old) !== wording(citation)) {
        changes.push({ ...base, kind: 'changed', promiseId: id, promiseTitle: promiseTitle(id), before: wording(old), after: wording(citation) });
      }
    }
    for (const citation of citationsA) {
      const id = citedPromiseId(citation);
      if (!citationsB.some((candidate) => citedPromiseId(candidate) === id)) {
        changes.push({ ...base, kind: 'removed', promiseId: id, promiseTitle: promiseTitle(id) });
      }
    }
  }
  return changes;
}

// ---------------------------------------------------------------------------- text

function normalHeading(heading: string | undefined): string {
  return (heading ?? '').replace(/\s+/g, ' ').trim().toLowerCase();
}

function compareSections(a: TextSection[], b: TextSection[], words: Language): SectionComparison[] {
  const keys = new KeyMaker('avsnitt');
  const introduction = words.comparison.introduction;
  const sections = align(a, b, (x, y) => normalHeading(x.heading) === normalHeading(y.heading)).map((pair) => {
    const shown = pair.b ?? pair.a;
    const heading = shown.heading ?? introduction;
    const headingBefore = pair.a && pair.b && pair.a.heading !== pair.b.heading ? (pair.a.heading ?? introduction) : undefined;
    return sectionComparison(keys.make(heading), heading, shown.depth, pair.a?.units, pair.b?.units, headingBefore);
  });
  return withChangedParents(sections);
}

/**
 * A section whose own text is the same is still changed when a section under it changed. The
 * text before the first heading (depth 0) is no section's parent.
 */
function withChangedParents(sections: SectionComparison[]): SectionComparison[] {
  return sections.map((section, index) => {
    if (section.kind !== 'unchanged' || section.depth === 0) return section;
    const end = sections.findIndex((later, at) => at > index && later.depth <= section.depth);
    const children = sections.slice(index + 1, end < 0 ? undefined : end);
    return children.some((child) => child.kind !== 'unchanged') ? { ...section, kind: 'changed' } : section;
  });
}

function compareFocusAreaTexts(a: FocusArea[], b: FocusArea[], words: Language): SectionComparison[] {
  const keys = new KeyMaker('fokusomrade');
  const byId = new Map(a.map((area) => [areaId(area), area]));
  const idsB = new Set(b.map(areaId));
  const pairs: Array<{ a?: FocusArea; b?: FocusArea }> = [
    ...b.map((area) => ({ a: byId.get(areaId(area)), b: area })),
    ...a.filter((area) => !idsB.has(areaId(area))).map((area) => ({ a: area })),
  ];
  return pairs.map((pair) => {
    const shown = (pair.b ?? pair.a)!;
    const heading = shown.meta.data.heading ?? areaTitle(shown);
    // A new title is reported as a rename; only an own heading that changed counts here.
    const headingBefore =
      pair.a && pair.b && pair.a.meta.data.heading !== pair.b.meta.data.heading ? (pair.a.meta.data.heading ?? areaTitle(pair.a)) : undefined;
    return sectionComparison(keys.make(areaId(shown)), heading, 2, pair.a && focusAreaText(pair.a, words), pair.b && focusAreaText(pair.b, words), headingBefore);
  });
}

function focusAreaText(area: FocusArea, words: Language): TextUnit[] {
  const goals = area.meta.data.goals ?? [];
  const goalUnits: TextUnit[] = goals.map((goal) => ({ shape: { type: 'item', depth: 1, ordered: false }, cells: [goal] }));
  return [...textUnits(area.description.tree, words.comparison), ...(goals.length > 0 ? [paragraphUnit(words.comparison.goals), ...goalUnits] : [])];
}

function sectionComparison(
  key: string,
  heading: string,
  depth: number,
  before: readonly TextUnit[] | undefined,
  after: readonly TextUnit[] | undefined,
  headingBefore: string | undefined,
): SectionComparison {
  const base = { key, heading, depth, ...(headingBefore === undefined ? {} : { headingBefore }) };
  if (before === undefined) return { ...base, kind: 'added', blocks: (after ?? []).map((unit) => whole(unit, 'added')) };
  if (after === undefined) return { ...base, kind: 'removed', blocks: before.map((unit) => whole(unit, 'removed')) };
  if (before.length === after.length && before.every((unit, index) => sameUnit(unit, after[index]!))) {
    return { ...base, kind: headingBefore === undefined ? 'unchanged' : 'changed', blocks: after.map((unit) => whole(unit, 'same')) };
  }
  return { ...base, kind: 'changed', blocks: unitDiff(before, after) };
}

function whole(unit: TextUnit, kind: DiffPart['kind']): DiffBlock {
  return { shape: unit.shape, cells: unit.cells.map((text) => (text ? [{ kind, text }] : [])) };
}

/** Where a unit stands, without an ordered item's number: an item inserted above renumbers the rest, and changes none of them. */
function place(shape: UnitShape): string {
  switch (shape.type) {
    case 'paragraph':
      return 'paragraph';
    case 'item':
      return `item ${shape.depth} ${shape.ordered}`;
    case 'row':
      return `row ${shape.header}`;
  }
}

/** Whether two units stand in the same place: as `place`, and as many cells (a row as wide). */
const samePlace = (a: TextUnit, b: TextUnit) => place(a.shape) === place(b.shape) && a.cells.length === b.cells.length;

const sameUnit = (a: TextUnit, b: TextUnit) => samePlace(a, b) && a.cells.every((cell, index) => cell === b.cells[index]);

/** How much two texts share, 0–1: enough and they are one unit edited. */
function likeness(before: string, after: string): number {
  const shared = diffWordsWithSpace(before, after).reduce((sum, change) => sum + (change.added || change.removed ? 0 : change.value.length), 0);
  return shared / Math.max(before.length, after.length, 1);
}

/** Whether `now` is `old` edited: in the same place (a paragraph, an item as deep, a row as wide) and alike enough. */
const edited = (old: TextUnit, now: TextUnit) =>
  samePlace(old, now) && likeness(unitText(old), unitText(now)) >= 0.4;

/**
 * Units first, then words: a paragraph, item or row removed and another written in its place
 * show as one deletion and one insertion, and only a unit that was edited gets a word redline,
 * cell by cell.
 */
export function unitDiff(before: readonly TextUnit[], after: readonly TextUnit[]): DiffBlock[] {
  const blocks: DiffBlock[] = [];
  // Units kept are taken from `after` (jsdiff gives the new array's), with their new numbers.
  const changes = diffArrays([...before], [...after], { comparator: sameUnit });
  for (let index = 0; index < changes.length; index += 1) {
    const change = changes[index]!;
    if (!change.added && !change.removed) {
      blocks.push(...change.value.map((unit) => whole(unit, 'same')));
      continue;
    }
    const next = changes[index + 1];
    const removed = change.removed ? change.value : [];
    const added = change.added ? change.value : next?.added ? next.value : [];
    if (change.removed && next?.added) index += 1;
    for (let at = 0; at < Math.max(removed.length, added.length); at += 1) {
      const old = removed[at];
      const now = added[at];
      if (old && now && edited(old, now)) {
        blocks.push({ shape: now.shape, cells: now.cells.map((cell, column) => wordDiff(old.cells[column]!, cell)) });
      } else {
        if (old) blocks.push(whole(old, 'removed'));
        if (now) blocks.push(whole(now, 'added'));
      }
    }
  }
  return blocks;
}

/**
 * Word-level changes, grouped for reading: a run of changed words separated only by spaces
 * becomes one deletion followed by one insertion, instead of word-by-word swaps. Paragraph
 * breaks stay outside such runs, so a change never spans two paragraphs.
 */
export function wordDiff(before: string, after: string): DiffPart[] {
  const raw: DiffPart[] = diffWordsWithSpace(before, after).map((change) => ({
    kind: change.added ? 'added' : change.removed ? 'removed' : 'same',
    text: change.value,
  }));
  const parts: DiffPart[] = [];
  const push = (part: DiffPart) => {
    if (!part.text) return;
    const last = parts.at(-1);
    if (last?.kind === part.kind) last.text += part.text;
    else parts.push({ ...part });
  };
  for (let index = 0; index < raw.length; ) {
    if (raw[index]!.kind === 'same') {
      push(raw[index]!);
      index += 1;
      continue;
    }
    let removed = '';
    let added = '';
    for (; index < raw.length; index += 1) {
      const part = raw[index]!;
      const next = raw[index + 1];
      if (part.kind === 'removed') removed += part.text;
      else if (part.kind === 'added') added += part.text;
      else if (/^[^\S\n]+$|^\s*\n\s*$/.test(part.text) && !/\n\s*\n/.test(part.text) && next && next.kind !== 'same') {
        removed += part.text;
        added += part.text;
      } else break;
    }
    push({ kind: 'removed', text: removed });
    push({ kind: 'added', text: added });
  }
  return parts;
}

/** Readable, unique keys: "avsnitt-bakgrund", and "-2" for a heading seen twice. */
class KeyMaker {
  private readonly seen = new Map<string, number>();
  constructor(private readonly prefix: string) {}
  make(text: string): string {
    const base = `${this.prefix}-${fileSlug(text) || 'utan-rubrik'}`;
    const count = (this.seen.get(base) ?? 0) + 1;
    this.seen.set(base, count);
    return count === 1 ? base : `${base}-${count}`;
  }
}

// ---------------------------------------------------------------------------- summary

function countChanges(
  metadata: MetadataChange[],
  focusAreas: FocusAreaChange[],
  citations: CitationChange[],
  sections: SectionComparison[],
  focusAreaTexts: SectionComparison[],
): ComparisonCounts {
  const areas = (kind: FocusAreaChange['kind']) => focusAreas.filter((change) => change.kind === kind).length;
  const cited = (kind: ChangeKind) => citations.filter((change) => change.kind === kind).length;
  const textsOf = (kind: SectionComparison['kind']) => sections.filter((section) => section.kind === kind).length;
  return {
    // A kept focus area's description is a section of the agreement like any other; added and
    // removed areas are counted as such, not again as sections.
    sectionsChanged: textsOf('changed') + focusAreaTexts.filter((text) => text.kind === 'changed').length,
    sectionsAdded: textsOf('added'),
    sectionsRemoved: textsOf('removed'),
    focusAreasAdded: areas('added'),
    focusAreasRemoved: areas('removed'),
    focusAreasRenamed: areas('renamed'),
    focusAreasMoved: areas('moved'),
    citationsAdded: cited('added'),
    citationsRemoved: cited('removed'),
    citationsChanged: cited('changed'),
    metadataFields: [...new Set(metadata.map((change) => change.field))],
  };
}

/**
 * "1 avsnitt ändrat, 1 fokusområde tillagt och ändrade uppgifter om undertecknare.": each
 * count the language names, in its order, then the metadata fields changed. Without a
 * language, Swedish, which is what the site's language is unless it says otherwise.
 */
export function summarySentence(counts: ComparisonCounts, words: Language = sv): string {
  const { format, comparison } = words;
  const parts = [
    ...Object.entries(comparison.counts).flatMap(([key, forms]) => {
      const count = counts[key as keyof typeof comparison.counts];
      return count === 0 ? [] : [format.count(count, forms)];
    }),
    ...(counts.metadataFields.length > 0
      ? [comparison.metadataChanged(format.list(counts.metadataFields.map((field) => comparison.fields[field].toLowerCase())))]
      : []),
  ];
  return parts.length === 0 ? comparison.noChanges : format.sentence(parts);
}
