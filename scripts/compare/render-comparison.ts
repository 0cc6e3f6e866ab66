// The comparison as a web page for politicians: the summary first, then what changed in the
// agreement's data, its focus areas and promise citations, then every section's redline.
// Insertions and deletions are <ins> and <del> with a hidden spoken label ("Tillagt:",
// "Borttaget:") and are underlined or struck through: never told apart by colour alone.
import { basename } from 'node:path';
import type { Element, ElementContent } from 'hast';
import { h } from 'hastscript';
import { type Language, wordsFor } from '../language/index.ts';
import type { Content, Edition } from '../model/model.ts';
import { comparisonPagePath, comparisonPdfPath } from '../model/output-paths.ts';
import { renderPage } from '../render/page.ts';
import type { PdfMeta } from '../print/pdf-metadata.ts';
import {
  compareEditions,
  type CitationChange,
  type DiffBlock,
  type DiffPart,
  type EditionComparison,
  type EditionRef,
  type FocusAreaChange,
  type MetadataChange,
  wordDiff,
  type SectionComparison,
} from './compare-editions.ts';

export interface ComparisonPageOptions {
  /** Link the page to its PDF (comparisonPdfPath); off when no PDF is made. Default true. */
  pdf?: boolean;
}

const comparisons = new WeakMap<Content, Map<string, EditionComparison>>();

/** What `to` changes from `from`, worked out once per loaded content: the page and the PDF share it. */
export function comparisonOf(content: Content, from: Edition, to: Edition): EditionComparison {
  let known = comparisons.get(content);
  if (!known) comparisons.set(content, (known = new Map()));
  const key = `${from.id}\0${to.id}`;
  let comparison = known.get(key);
  if (!comparison) known.set(key, (comparison = compareEditions(content, from, to)));
  return comparison;
}

/** The web page comparing `to` with `from` (the edition it was made from); it lives at comparisonPagePath. */
export function renderComparisonPage(content: Content, from: Edition, to: Edition, options: ComparisonPageOptions = {}): string {
  const comparison = comparisonOf(content, from, to);
  const pdf = options.pdf ?? true;
  const toRoot = '../../';
  const words = wordsFor(comparison.language);
  return renderPage({
    site: content.site,
    title: comparisonTitle(comparison),
    description: words.comparison.pageDescription(words.comparison.heading(from.id, to.id), comparison.summary.sentence),
    path: comparisonPagePath(from.id, to.id),
    draft: comparison.to.status === 'draft',
    words,
    main: comparisonMain(comparison, {
      medium: 'web',
      editionHref: (id) => `${toRoot}${id}/index.html`,
      ...(pdf ? { pdfHref: basename(comparisonPdfPath(from.id, to.id)) } : {}),
    }),
  });
}

/** Every edition made from another that exists: the pairs a full build compares. */
export function derivedEditionPairs(content: Content): Array<{ from: Edition; to: Edition }> {
  return content.editions.flatMap((to) => {
    const from = content.editions.find((edition) => edition.id === to.meta.data.derivedFrom);
    return from && from !== to ? [{ from, to }] : [];
  });
}

/** Title, authors and subject of the comparison's PDF; the date is the caller's (sourceDate). */
export function comparisonPdfMeta(content: Content, from: Edition, to: Edition, date: Date): PdfMeta {
  const all = wordsFor(content.site.language);
  const words = all.comparison;
  const title = words.pdfTitle(to.meta.data.title, from.id);
  return {
    title: to.meta.data.status === 'draft' ? all.document.draftTitle(title) : title,
    authors: to.meta.data.parties.map((party) => party.name),
    subject: words.heading(from.id, to.id),
    keywords: [...words.keywords, to.meta.data.municipality],
    language: content.site.language,
    date,
  };
}

/** Where the index page links an edition's comparison with the edition it came from, if any. */
export function comparisonPathOf(content: Content, edition: Edition): string | undefined {
  const pair = derivedEditionPairs(content).find(({ to }) => to === edition);
  return pair && comparisonPagePath(pair.from.id, pair.to.id);
}

export function comparisonTitle(comparison: EditionComparison): string {
  return wordsFor(comparison.language).comparison.title(comparison.from.id, comparison.to.id);
}

export interface ComparisonMainOptions {
  /** The web page folds unchanged sections away; paper cannot unfold, so print shows them. */
  medium: 'web' | 'print';
  /** Links an edition id to its page; without it the titles are plain text (print). */
  editionHref?: (id: string) => string;
  /** The PDF download link, if there is a PDF. */
  pdfHref?: string;
}

/** The comparison as page content: for <main> on the web, for <body> in print. */
export function comparisonMain(comparison: EditionComparison, options: ComparisonMainOptions): ElementContent[] {
  const { from, to } = comparison;
  const { editionHref, pdfHref, medium } = options;
  const words = wordsFor(comparison.language);
  const labels = words.comparison;
  const [before, between, after] = labels.of;
  const mark = marks(labels, medium);
  return [
    h('header.title-block', [
      h('h1', labels.heading(from.id, to.id)),
      h('p', [before, editionLink(to, editionHref, words), between, editionLink(from, editionHref, words), after]),
      ...(pdfHref ? [h('p.download', [h('a', { href: pdfHref, type: 'application/pdf' }, labels.pdfLink)])] : []),
    ]),
    h('section.comparison-summary', { 'aria-labelledby': 'sammanfattning' }, [
      h('h2', { id: 'sammanfattning' }, labels.summary),
      h('p', comparison.summary.sentence),
      ...changedSectionLinks(comparison, labels),
    ]),
    h('section', { 'aria-labelledby': 'uppgifter' }, [h('h2', { id: 'uppgifter' }, labels.metadata), metadataTable(comparison, labels, mark)]),
    h('section', { 'aria-labelledby': 'fokusomraden' }, [
      h('h2', { id: 'fokusomraden' }, labels.focusAreas),
      ...changeList(comparison.focusAreas.map((change) => focusAreaItem(change, labels, mark)), labels.focusAreasSame),
    ]),
    h('section', { 'aria-labelledby': 'medborgarloften' }, [
      h('h2', { id: 'medborgarloften' }, labels.citations),
      ...changeList(comparison.citations.map((change) => citationItem(change, labels, mark)), labels.citationsSame),
    ]),
    h('section', { 'aria-labelledby': 'texten' }, [
      h('h2', { id: 'texten' }, labels.sections),
      legend(labels, mark),
      ...comparison.sections.flatMap((section) => sectionBlock(section, medium, labels, mark)),
    ]),
    h('section', { 'aria-labelledby': 'beskrivningar' }, [
      h('h2', { id: 'beskrivningar' }, labels.descriptions),
      ...comparison.focusAreaTexts.flatMap((section) => sectionBlock(section, medium, labels, mark)),
    ]),
  ];
}

type Labels = Language['comparison'];

/**
 * <ins> and <del>, each with its label. On the web the label is spoken only; on paper it is
 * printed, small, so that the PDF's text and a screen reader reading it give each change with
 * its label, and old and new text never run together.
 */
interface Marks {
  inserted(text: string): ElementContent;
  deleted(text: string): ElementContent;
}

function marks(labels: Labels, medium: ComparisonMainOptions['medium']): Marks {
  const label = (text: string): ElementContent[] => (medium === 'print' ? [h('span.change-label', text), { type: 'text', value: ' ' }] : [h('span.visually-hidden', text)]);
  return {
    inserted: (text) => h('ins', [...label(labels.inserted), text]),
    deleted: (text) => h('del', [...label(labels.deleted), text]),
  };
}

function editionLink(edition: EditionRef, href: ((id: string) => string) | undefined, words: Language): ElementContent {
  const text = words.comparison.editionName(edition.title, words.format.editionStatus(edition.status));
  return href ? h('a', { href: href(edition.id) }, text) : h('span', text);
}

function changedSectionLinks(comparison: EditionComparison, labels: Labels): ElementContent[] {
  const changed = [...comparison.sections, ...comparison.focusAreaTexts].filter((section) => section.kind !== 'unchanged');
  if (changed.length === 0) return [];
  return [
    h('p', labels.changedSections),
    h(
      'ul',
      changed.map((section) => h('li', [h('a', { href: `#${section.key}` }, section.heading), ` (${labels.sectionKind[section.kind]})`])),
    ),
  ];
}

function metadataTable(comparison: EditionComparison, labels: Labels, mark: Marks): ElementContent {
  if (comparison.metadata.length === 0) return h('p', labels.noMetadataChanges);
  return h('div.table-scroll', [
    h('table', [
      h('caption', labels.changedMetadata),
      h('thead', [
        h('tr', [
          h('th', { scope: 'col' }, labels.field),
          h('th', { scope: 'col' }, labels.before(comparison.from.id)),
          h('th', { scope: 'col' }, labels.after(comparison.to.id)),
        ]),
      ]),
      h('tbody', comparison.metadata.map((change) => metadataRow(change, labels, mark))),
    ]),
  ]);
}

function metadataRow(change: MetadataChange, labels: Labels, mark: Marks): ElementContent {
  const label = labels.fields[change.field] + (change.subject ? `, ${change.subject}` : '');
  return h('tr', [
    h('th', { scope: 'row' }, label),
    h('td', change.before === undefined ? [h('em', labels.missing)] : [mark.deleted(change.before)]),
    h('td', change.after === undefined ? [h('em', labels.removed)] : [mark.inserted(change.after)]),
  ]);
}

function changeList(items: ElementContent[], none: string): ElementContent[] {
  return items.length === 0 ? [h('p', none)] : [h('ul', items)];
}

function focusAreaItem(change: FocusAreaChange, labels: Labels, mark: Marks): ElementContent {
  const words = labels.focusArea;
  switch (change.kind) {
    case 'added':
      return h('li', [h('strong', words.added), mark.inserted(change.title), words.position(change.position)]);
    case 'removed':
      return h('li', [h('strong', words.removed), mark.deleted(change.title), words.wasPosition(change.position)]);
    case 'renamed':
      return h('li', [h('strong', words.renamed), mark.deleted(change.before), labels.becomes, mark.inserted(change.after)]);
    case 'moved':
      return h('li', [h('strong', words.moved), change.title, words.movedFrom(change.from, change.to)]);
  }
}

function citationItem(change: CitationChange, labels: Labels, mark: Marks): ElementContent {
  const words = labels.citation;
  const promise = words.promise(change.promiseTitle);
  switch (change.kind) {
    case 'added':
      return h('li', [h('strong', words.added), mark.inserted(promise), words.inArea(change.focusAreaTitle)]);
    case 'removed':
      return h('li', [h('strong', words.removed), mark.deleted(promise), words.inArea(change.focusAreaTitle)]);
    case 'changed':
      return h('li', [
        h('strong', words.changed),
        words.footnoteOf(promise, change.focusAreaTitle),
        mark.deleted(change.before ?? ''),
        labels.becomes,
        mark.inserted(change.after ?? ''),
      ]);
  }
}

function legend(labels: Labels, mark: Marks): ElementContent {
  const [inserted, deleted, spoken] = labels.legend;
  return h('p.comparison-legend', [inserted, mark.inserted(labels.legendSample), deleted, mark.deleted(labels.legendSample), spoken]);
}

function sectionBlock(section: SectionComparison, medium: ComparisonMainOptions['medium'], labels: Labels, mark: Marks): ElementContent[] {
  // Sections sit under the h2 of their part: ## is h3, ### is h4.
  const tag = `h${Math.min(6, 3 + Math.max(0, section.depth - 2))}`;
  // A renamed section's heading marks only the words that changed.
  const title = section.headingBefore === undefined ? [section.heading] : inline(wordDiff(section.headingBefore, section.heading), mark);
  const heading = h(tag, { id: section.key }, [...title, h('span.section-change', ` (${labels.sectionKind[section.kind]})`)]);
  if (section.kind === 'unchanged' && medium === 'web') {
    return [heading, h('details', [h('summary', labels.showUnchanged), ...blockElements(section.blocks, mark)])];
  }
  return [heading, ...blockElements(section.blocks, mark)];
}

type Shaped<T extends DiffBlock['shape']['type']> = DiffBlock & { shape: Extract<DiffBlock['shape'], { type: T }> };
const isItem = (block: DiffBlock): block is Shaped<'item'> => block.shape.type === 'item';
const isRow = (block: DiffBlock): block is Shaped<'row'> => block.shape.type === 'row';

/**
 * The units as the edition shows them: paragraphs, items gathered into their (nested) lists,
 * rows into their tables, each marked where it changed.
 */
function blockElements(blocks: readonly DiffBlock[], mark: Marks): ElementContent[] {
  const elements: ElementContent[] = [];
  for (let index = 0; index < blocks.length; ) {
    const block = blocks[index]!;
    let end = index + 1;
    if (isItem(block)) {
      while (end < blocks.length && isItem(blocks[end]!)) end += 1;
      elements.push(...lists(blocks.slice(index, end) as Array<Shaped<'item'>>, mark));
    } else if (isRow(block)) {
      // A header row after the body of a table is the next table's.
      const startsTable = (row: DiffBlock, previous: DiffBlock) => isRow(row) && row.shape.header && !(previous as Shaped<'row'>).shape.header;
      while (end < blocks.length && isRow(blocks[end]!) && !startsTable(blocks[end]!, blocks[end - 1]!)) end += 1;
      elements.push(table(blocks.slice(index, end) as Array<Shaped<'row'>>, mark));
    } else {
      elements.push(h('p', inline(block.cells[0] ?? [], mark)));
    }
    index = end;
  }
  return elements;
}

/** Items in reading order, each with its depth, as the lists they were: a deeper item goes into a list inside the item above it. */
function lists(items: ReadonlyArray<Shaped<'item'>>, mark: Marks): Element[] {
  const top: Element[] = [];
  // The lists open at each depth: open[0] is the one at depth 1.
  const open: Element[] = [];
  for (const item of items) {
    const { depth, ordered, number } = item.shape;
    const tag = ordered ? 'ol' : 'ul';
    open.length = Math.min(open.length, depth);
    if (open.length === depth && open[depth - 1]!.tagName !== tag) open.length = depth - 1;
    while (open.length < depth) {
      // A level with no item of its own (an item two levels deeper) is a plain list.
      const list = h(open.length === depth - 1 ? tag : 'ul');
      const parent = open.at(-1);
      if (parent) {
        if (!parent.children.at(-1)) parent.children.push(h('li'));
        (parent.children.at(-1) as Element).children.push(list);
      } else {
        top.push(list);
      }
      open.push(list);
    }
    open[depth - 1]!.children.push(h('li', number === undefined ? {} : { value: number }, inline(item.cells[0] ?? [], mark)));
  }
  return top;
}

function table(rows: ReadonlyArray<Shaped<'row'>>, mark: Marks): Element {
  const row = (block: Shaped<'row'>) =>
    h(
      'tr',
      block.cells.map((cell) => (block.shape.header ? h('th', { scope: 'col' }, inline(cell, mark)) : h('td', inline(cell, mark)))),
    );
  const head = rows.filter((block) => block.shape.header);
  const body = rows.filter((block) => !block.shape.header);
  return h('div.table-scroll', [
    h('table', [...(head.length > 0 ? [h('thead', head.map(row))] : []), ...(body.length > 0 ? [h('tbody', body.map(row))] : [])]),
  ]);
}

/** A cell's parts as inline content; single line breaks (a code block's) kept. */
function inline(parts: readonly DiffPart[], mark: Marks): ElementContent[] {
  const content: ElementContent[] = [];
  let previous: DiffPart['kind'] | undefined;
  for (const part of parts) {
    // Old and new text side by side are two words ("skall ska"), not one ("skallska").
    if (previous === 'removed' && part.kind === 'added') content.push({ type: 'text', value: ' ' });
    content.push(...lines(part.text, part.kind, mark));
    previous = part.kind;
  }
  return content;
}

function lines(text: string, kind: DiffPart['kind'], mark: Marks): ElementContent[] {
  return text.split('\n').flatMap((line, index): ElementContent[] => {
    const content: ElementContent[] = line ? [kind === 'added' ? mark.inserted(line) : kind === 'removed' ? mark.deleted(line) : { type: 'text', value: line }] : [];
    return index === 0 ? content : [h('br'), ...content];
  });
}
