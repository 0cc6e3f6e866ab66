// Reads the published 2021–2025 agreement (plain text as published) and the loaded model into
// the same shape: the body's blocks (headings, paragraphs, list items) in reading order, the
// footnotes in number order, and the signature block. Only whitespace and Markdown markup are
// normalised; footnote calls are written as superscript numbers, as in the published text.
import type { FootnoteDefinition, Nodes, PhrasingContent, RootContent } from 'mdast';
import { readFileSync } from 'node:fs';
import { toString } from 'mdast-util-to-string';
import type { VFile } from 'vfile';
import { wordsFor } from '../../scripts/language/index.ts';
import { citationForm, citedPromiseId } from '../../scripts/model/citations.ts';
import { type Content, type Edition, orderedFocusAreas } from '../../scripts/model/model.ts';
import { FOCUS_DESCRIPTIONS, FOCUS_LIST } from '../../scripts/rules/known-directives.ts';

export interface AgreementText {
  title: string;
  body: string[];
  footnotes: Array<{ number: number; text: string }>;
  signatures: string[];
}

const SUPERSCRIPT = '⁰¹²³⁴⁵⁶⁷⁸⁹';
const superscript = (number: number) => [...String(number)].map((digit) => SUPERSCRIPT[Number(digit)]).join('');
const fromSuperscript = (text: string) => Number([...text].map((char) => SUPERSCRIPT.indexOf(char)).join(''));

/** The footnote calls (superscript numbers) taken out, to compare the prose alone. */
export const withoutFootnoteCalls = (text: string) => text.replace(new RegExp(`[${SUPERSCRIPT}]+`, 'g'), '');

/** The last paragraph of the signed text; the signature block follows it. */
export const SIGNED_LAST_BLOCK = 'Denna överenskommelse avser tiden från och med 2021-01-01 till och med 2025-12-31.';

/** The signed 2021–2025 agreement as published, from the fixture copied into the repository. */
export function readSignedAgreement(): AgreementText {
  const path = new URL('../fixtures/published/samverkansoverenskommelse-degerfors-2021-2025.txt', import.meta.url);
  return readPublished(readFileSync(path, 'utf8'), SIGNED_LAST_BLOCK);
}

/** Whitespace collapsed; Markdown emphasis markers and list bullets removed. */
export function normalise(text: string): string {
  return text
    .replace(/^\s*[-•]\s+/, '')
    .replace(/\*+/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * The published text: blocks separated by blank lines. Footnotes stand at the foot of each
 * page as "¹ text"; a paragraph cut by a page break goes on after them with a lower-case
 * letter, and is joined again. The signature block follows the last section (Tidplan).
 */
export function readPublished(text: string, lastBodyBlock: string): AgreementText {
  const blocks = text
    .split(/\n\s*\n/)
    .map((block) => block.trim())
    .filter((block) => block !== '');
  const [title, ...rest] = blocks;
  const body: string[] = [];
  const footnotes: AgreementText['footnotes'] = [];
  let afterFootnote = false;
  let index = 0;
  for (; index < rest.length; index++) {
    const block = rest[index]!;
    const footnote = block.match(new RegExp(`^([${SUPERSCRIPT}]+) (.*)$`, 's'));
    if (footnote) {
      footnotes.push({ number: fromSuperscript(footnote[1]!), text: normalise(footnote[2]!) });
      afterFootnote = true;
      continue;
    }
    if (afterFootnote && /^\p{Ll}/u.test(block)) {
      body[body.length - 1] = `${body.at(-1)} ${normalise(block)}`;
    } else if (/^- /.test(block)) {
      body.push(...block.split('\n').map(normalise));
    } else {
      body.push(normalise(block));
    }
    afterFootnote = false;
    if (normalise(block) === normalise(lastBodyBlock)) break;
  }
  return { title: normalise(title ?? ''), body, footnotes, signatures: rest.slice(index + 1).map(normalise) };
}

/** The edition as it reads: text.md with the focus areas placed, footnotes numbered in reading order. */
export function readModel(content: Content, edition: Edition): AgreementText {
  const promises = new Map(content.promises.map((promise) => [promise.meta.data.id, promise]));
  const footnotes: AgreementText['footnotes'] = [];
  const numbers = new Map<string, number>();
  const definitions = new Map<VFile, Map<string, FootnoteDefinition>>();

  const definitionsOf = (file: VFile, children: RootContent[]) => {
    const map = new Map<string, FootnoteDefinition>();
    for (const node of children) if (node.type === 'footnoteDefinition') map.set(node.identifier, node);
    definitions.set(file, map);
  };
  const call = (key: string, text: () => string) => {
    let number = numbers.get(key);
    if (number === undefined) {
      number = footnotes.length + 1;
      numbers.set(key, number);
      footnotes.push({ number, text: normalise(text()) });
    }
    return superscript(number);
  };
  const inline = (file: VFile, nodes: readonly Nodes[]): string =>
    nodes
      .map((node) => {
        if (node.type === 'footnoteReference') {
          const definition = definitions.get(file)?.get(node.identifier);
          return call(`${file.path}#${node.identifier}`, () => (definition ? toString(definition) : `[^${node.identifier}]`));
        }
        if (node.type === 'text' || node.type === 'inlineCode') return node.value;
        if (node.type === 'break') return ' ';
        if ('children' in node) return inline(file, node.children as PhrasingContent[]);
        return '';
      })
      .join('');

  const body: string[] = [];
  const blocks = (file: VFile, children: RootContent[]) => {
    for (const node of children) {
      if (node.type === 'footnoteDefinition') continue;
      if (node.type === 'heading' || node.type === 'paragraph') body.push(normalise(inline(file, node.children)));
      else if (node.type === 'list') for (const item of node.children) body.push(normalise(inline(file, item.children)));
      else if (node.type === 'leafDirective' && node.name === FOCUS_LIST) focusList();
      else if (node.type === 'leafDirective' && node.name === FOCUS_DESCRIPTIONS) focusDescriptions();
      else throw new Error(`Oväntad nod i ${file.path}: ${node.type}`);
    }
  };
  const focusList = () => {
    for (const area of orderedFocusAreas(edition)) {
      const calls = (area.meta.data.promises ?? []).map((citation) =>
        call(`promise:${area.meta.data.id}:${citedPromiseId(citation)}`, () => {
          const [before, after] = citationForm(citation, wordsFor(content.site.language));
          return `${before}${promises.get(citedPromiseId(citation))?.meta.data.text ?? '??'}${after}`;
        }),
      );
      body.push(normalise(`${area.meta.data.title}${calls.join('')}`));
    }
  };
  const focusDescriptions = () => {
    for (const area of orderedFocusAreas(edition)) {
      body.push(normalise(area.meta.data.heading ?? area.meta.data.title));
      definitionsOf(area.description.file, area.description.tree.children);
      blocks(area.description.file, area.description.tree.children);
    }
  };

  definitionsOf(edition.text.file, edition.text.tree.children);
  blocks(edition.text.file, edition.text.tree.children);
  const { signing, signatories } = edition.meta.data;
  return {
    title: normalise(edition.meta.data.title),
    body,
    footnotes,
    // Published as a two-column table read row by row: place and date, the names, the titles.
    signatures: [
      `${signing?.place ?? ''} ${signing?.date ?? ''}`.trim(),
      ...signatories.map((signatory) => signatory.name),
      ...signatories.map((signatory) => signatory.title),
    ],
  };
}
