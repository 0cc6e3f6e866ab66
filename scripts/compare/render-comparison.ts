// The comparison as a web page for politicians: the summary first, then what changed in the
// agreement's data, its focus areas and promise citations, then every section's redline.
// Insertions and deletions are <ins> and <del> with a hidden spoken label ("Tillagt:",
// "Borttaget:") and are underlined or struck through: never told apart by colour alone.
import { basename } from 'node:path';
import type { ElementContent } from 'hast';
import { h } from 'hastscript';
import type { Content, Edition } from '../model/model.ts';
import { comparisonPagePath, comparisonPdfPath } from '../model/output-paths.ts';
import { EDITION_STATUS } from '../render/labels.ts';
import { renderPage } from '../render/page.ts';
import type { PdfMeta } from '../print/pdf-metadata.ts';
import {
  compareEditions,
  METADATA_LABELS,
  type CitationChange,
  type DiffPart,
  type EditionComparison,
  type EditionRef,
  type FocusAreaChange,
  type MetadataChange,
  type SectionComparison,
} from './compare-editions.ts';

export const INSERTED_LABEL = 'Tillagt: ';
export const DELETED_LABEL = 'Borttaget: ';


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
  return renderPage({
    footer: content.site.footer,
    title: comparisonTitle(comparison),
    description: `Vad ${comparison.to.id} ändrar jämfört med ${comparison.from.id}: ${comparison.summary.sentence}`,
    toRoot,
    draft: comparison.to.status === 'draft',
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
  return {
    title: `Jämförelse: ${to.meta.data.title} mot ${from.id}`,
    authors: to.meta.data.parties.map((party) => party.name),
    subject: `Vad ${to.id} ändrar jämfört med ${from.id}`,
    keywords: ['samverkansöverenskommelse', 'jämförelse', to.meta.data.municipality],
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
  return `Jämförelse: ${comparison.to.id} mot ${comparison.from.id}`;
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
  return [
    h('header.title-block', [
      h('h1', `Vad ${to.id} ändrar jämfört med ${from.id}`),
      h('p', [
        'Jämförelse av ',
        editionLink(to, editionHref),
        ' med ',
        editionLink(from, editionHref),
        '.',
      ]),
      ...(pdfHref ? [h('p.download', [h('a', { href: pdfHref, type: 'application/pdf' }, 'Ladda ner jämförelsen som PDF')])] : []),
    ]),
    h('section.comparison-summary', { 'aria-labelledby': 'sammanfattning' }, [
      h('h2', { id: 'sammanfattning' }, 'Sammanfattning'),
      h('p', comparison.summary.sentence),
      ...changedSectionLinks(comparison),
    ]),
    h('section', { 'aria-labelledby': 'uppgifter' }, [h('h2', { id: 'uppgifter' }, 'Uppgifter om överenskommelsen'), metadataTable(comparison)]),
    h('section', { 'aria-labelledby': 'fokusomraden' }, [
      h('h2', { id: 'fokusomraden' }, 'Fokusområden'),
      ...changeList(comparison.focusAreas.map(focusAreaItem), 'Fokusområdena är desamma, med samma namn och i samma ordning.'),
    ]),
    h('section', { 'aria-labelledby': 'medborgarloften' }, [
      h('h2', { id: 'medborgarloften' }, 'Hänvisningar till medborgarlöften'),
      ...changeList(comparison.citations.map(citationItem), 'Fokusområdena hänvisar till samma medborgarlöften som förut.'),
    ]),
    h('section', { 'aria-labelledby': 'texten' }, [
      h('h2', { id: 'texten' }, 'Texten, avsnitt för avsnitt'),
      legend(),
      ...comparison.sections.flatMap((section) => sectionBlock(section, medium)),
    ]),
    h('section', { 'aria-labelledby': 'beskrivningar' }, [
      h('h2', { id: 'beskrivningar' }, 'Fokusområdenas beskrivningar'),
      ...comparison.focusAreaTexts.flatMap((section) => sectionBlock(section, medium)),
    ]),
  ];
}

function editionLink(edition: EditionRef, href: ((id: string) => string) | undefined): ElementContent {
  const text = `${edition.title} (${EDITION_STATUS[edition.status].toLowerCase()})`;
  return href ? h('a', { href: href(edition.id) }, text) : h('span', text);
}

function changedSectionLinks(comparison: EditionComparison): ElementContent[] {
  const changed = [...comparison.sections, ...comparison.focusAreaTexts].filter((section) => section.kind !== 'unchanged');
  if (changed.length === 0) return [];
  return [
    h('p', 'Ändrade avsnitt:'),
    h(
      'ul',
      changed.map((section) => h('li', [h('a', { href: `#${section.key}` }, section.heading), ` (${SECTION_KIND[section.kind]})`])),
    ),
  ];
}

const SECTION_KIND: Record<SectionComparison['kind'], string> = {
  unchanged: 'oförändrat',
  changed: 'ändrat',
  added: 'nytt',
  removed: 'borttaget',
};

function metadataTable(comparison: EditionComparison): ElementContent {
  if (comparison.metadata.length === 0) return h('p', 'Inga uppgifter är ändrade.');
  return h('div.table-scroll', [
    h('table', [
      h('caption', 'Ändrade uppgifter'),
      h('thead', [
        h('tr', [
          h('th', { scope: 'col' }, 'Uppgift'),
          h('th', { scope: 'col' }, `Förut (${comparison.from.id})`),
          h('th', { scope: 'col' }, `Nu (${comparison.to.id})`),
        ]),
      ]),
      h('tbody', comparison.metadata.map(metadataRow)),
    ]),
  ]);
}

function metadataRow(change: MetadataChange): ElementContent {
  const label = METADATA_LABELS[change.field] + (change.subject ? `, ${change.subject}` : '');
  return h('tr', [
    h('th', { scope: 'row' }, label),
    h('td', change.before === undefined ? [h('em', 'saknas')] : [deleted(change.before)]),
    h('td', change.after === undefined ? [h('em', 'borttaget')] : [inserted(change.after)]),
  ]);
}

function changeList(items: ElementContent[], none: string): ElementContent[] {
  return items.length === 0 ? [h('p', none)] : [h('ul', items)];
}

function focusAreaItem(change: FocusAreaChange): ElementContent {
  switch (change.kind) {
    case 'added':
      return h('li', [h('strong', 'Nytt: '), inserted(change.title), ` (plats ${change.position})`]);
    case 'removed':
      return h('li', [h('strong', 'Borttaget: '), deleted(change.title), ` (var plats ${change.position})`]);
    case 'renamed':
      return h('li', [h('strong', 'Nytt namn: '), deleted(change.before), ' blir ', inserted(change.after)]);
    case 'moved':
      return h('li', [h('strong', 'Flyttat: '), change.title, ` från plats ${change.from} till plats ${change.to}`]);
  }
}

function citationItem(change: CitationChange): ElementContent {
  const promise = `”${change.promiseTitle}”`;
  const area = `fokusområdet ${change.focusAreaTitle}`;
  switch (change.kind) {
    case 'added':
      return h('li', [h('strong', 'Ny hänvisning: '), inserted(promise), ` i ${area}`]);
    case 'removed':
      return h('li', [h('strong', 'Borttagen hänvisning: '), deleted(promise), ` i ${area}`]);
    case 'changed':
      return h('li', [h('strong', 'Ny formulering: '), `fotnoten till ${promise} i ${area}: `, deleted(change.before ?? ''), ' blir ', inserted(change.after ?? '')]);
  }
}

function legend(): ElementContent {
  return h('p.comparison-legend', [
    'Ny text är understruken: ',
    inserted('så här'),
    '. Borttagen text är överstruken: ',
    deleted('så här'),
    '. Skärmläsare läser "tillagt" och "borttaget" före ändringen.',
  ]);
}

function sectionBlock(section: SectionComparison, medium: ComparisonMainOptions['medium']): ElementContent[] {
  // Sections sit under the h2 of their part: ## is h3, ### is h4.
  const tag = `h${Math.min(6, 3 + Math.max(0, section.depth - 2))}`;
  const heading = h(tag, { id: section.key }, [section.heading, h('span.section-change', ` (${SECTION_KIND[section.kind]})`)]);
  const renamed = section.headingBefore === undefined ? [] : [h('p', ['Rubriken hette förut ', deleted(section.headingBefore), '.'])];
  if (section.kind === 'unchanged' && medium === 'web') {
    return [heading, h('details', [h('summary', 'Visa den oförändrade texten'), ...paragraphs(section.parts)])];
  }
  return [heading, ...renamed, ...paragraphs(section.parts)];
}

/** The parts, cut into paragraphs at blank lines; single line breaks (list items) kept. */
function paragraphs(parts: readonly DiffPart[]): ElementContent[] {
  const blocks: ElementContent[][] = [[]];
  for (const part of parts) {
    part.text.split(/\n{2,}/).forEach((piece, index) => {
      if (index > 0) blocks.push([]);
      if (piece) blocks.at(-1)!.push(...lines(piece, part.kind));
    });
  }
  return blocks.filter((block) => block.length > 0).map((block) => h('p', block));
}

function lines(text: string, kind: DiffPart['kind']): ElementContent[] {
  return text.split('\n').flatMap((line, index): ElementContent[] => {
    const content: ElementContent[] = line ? [kind === 'added' ? inserted(line) : kind === 'removed' ? deleted(line) : { type: 'text', value: line }] : [];
    return index === 0 ? content : [h('br'), ...content];
  });
}

function inserted(text: string): ElementContent {
  return h('ins', [h('span.visually-hidden', INSERTED_LABEL), text]);
}

function deleted(text: string): ElementContent {
  return h('del', [h('span.visually-hidden', DELETED_LABEL), text]);
}
