// The signed 2021–2025 agreement as published (a text extraction of the PDF, kept as a fixture),
// split into what the fidelity tests compare: the title, the text blocks in reading order, the
// footnotes in their order, and the signature block.
import { readFileSync } from 'node:fs';

export interface PublishedAgreement {
  title: string;
  /** Headings, paragraphs and list items, in order, footnote markers removed. */
  blocks: string[];
  /** Footnote texts in numbering order (1, 2, 3 …). */
  footnotes: string[];
  /** The lines after the last paragraph: place and date, names, titles. */
  signature: string[];
}

const SUPERSCRIPT = '⁰¹²³⁴⁵⁶⁷⁸⁹';
const FOOTNOTE_LINE = new RegExp(`^([${SUPERSCRIPT}]+) (.*)$`, 's');
const LAST_PARAGRAPH = /^Denna överenskommelse avser tiden/;

/** Whitespace folded, Markdown emphasis and list marks dropped: what "the same text" means here. */
export function normalise(text: string): string {
  return text
    .replace(/^\s*[-•]\s+/, '')
    .replace(/\*\*|\*/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

export function readPublishedAgreement(path = new URL('../fixtures/published/samverkansoverenskommelse-degerfors-2021-2025.txt', import.meta.url)): PublishedAgreement {
  const paragraphs = readFileSync(path, 'utf8')
    .split(/\n\s*\n/)
    .map((paragraph) => paragraph.trim())
    .filter(Boolean)
    // A list is one block per item.
    .flatMap((paragraph) => (/^- /.test(paragraph) ? paragraph.split(/\n(?=- )/) : [paragraph]));
  const [title, ...rest] = paragraphs;
  const footnotes: string[] = [];
  const blocks: string[] = [];
  const signature: string[] = [];
  for (const paragraph of rest) {
    const footnote = paragraph.match(FOOTNOTE_LINE);
    if (footnote) {
      footnotes[Number([...footnote[1]!].map((digit) => SUPERSCRIPT.indexOf(digit)).join('')) - 1] = normalise(footnote[2]!);
      continue;
    }
    if (blocks.length > 0 && LAST_PARAGRAPH.test(blocks.at(-1)!)) {
      signature.push(normalise(paragraph));
      continue;
    }
    const text = normalise(paragraph.replace(new RegExp(`[${SUPERSCRIPT}]+`, 'g'), ''));
    const previous = blocks.at(-1);
    // A page break in the PDF split a paragraph (its footnote was printed between the halves):
    // a block that ends mid-sentence continues in the next one that starts in lower case.
    if (previous && !/[.!?:”"]$/.test(previous) && /^\p{Ll}/u.test(text)) blocks[blocks.length - 1] = `${previous} ${text}`;
    else blocks.push(text);
  }
  return { title: normalise(title!), blocks, footnotes, signature };
}
