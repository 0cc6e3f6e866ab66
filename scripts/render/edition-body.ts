// The body of an edition, the same for the web page and the PDF: the text with its focus areas
// and footnotes, as sanitised HTML syntax, then who does what (edition-organisation.ts), plus
// the glossary terms it uses.
import type { Element, ElementContent, Root } from 'hast';
import { wordsFor } from '../language/index.ts';
import type { Content, Edition } from '../model/model.ts';
import { markTerms } from './glossary.ts';
import { editionMarkdown, type EditionMarkdownOptions } from './edition-markdown.ts';
import { markdownToHast } from './markdown-to-hast.ts';
import { markNumberedLists } from './numbered-lists.ts';
import { organisationSection } from './edition-organisation.ts';

export interface EditionBody {
  /** The text, footnote references included. */
  text: ElementContent[];
  /** The footnotes section remark-rehype made, numbered in reading order. */
  footnotes?: Element;
  terms: ReturnType<typeof markTerms>;
}

export async function editionBody(content: Content, edition: Edition, options: EditionMarkdownOptions): Promise<EditionBody> {
  const tree: Root = await markdownToHast(editionMarkdown(content, edition, options), edition.text.file, wordsFor(content.site.language));
  const isFootnotes = (node: Root['children'][number]): node is Element =>
    node.type === 'element' && node.tagName === 'section' && 'dataFootnotes' in node.properties;
  const footnotes = tree.children.find(isFootnotes);
  tree.children = tree.children.filter((node) => !isFootnotes(node));
  markNumberedLists(tree);
  const terms = markTerms(tree, content.glossary?.data);
  const words = wordsFor(content.site.language);
  return { text: [...(tree.children as ElementContent[]), ...organisationSection(edition, words)], footnotes, terms };
}
