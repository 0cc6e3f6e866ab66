// Turns the combined Markdown of a document into sanitised HTML syntax. Footnotes are numbered
// here, once for the whole document in reading order, by remark-rehype; sanitising comes right
// after, before anything of ours is added, so only content passes through the sanitiser.
import type { Root as HastRoot } from 'hast';
import type { Root as MdastRoot } from 'mdast';
import rehypeSanitize, { defaultSchema, type Options as SanitizeSchema } from 'rehype-sanitize';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import type { Language } from '../language/index.ts';

/** The alignments GFM writes for a table column (`| :--- | :---: | ---: |`). */
const ALIGNMENTS = ['left', 'center', 'right'] as const;
function alignClass(alignment: string): string {
  return `align-${alignment}`;
}

/**
 * GitHub's schema, less what a published agreement must not carry: images and form fields
 * (a remote image is a request to a third party), and the id prefixing that would break the
 * footnotes' own links (content cannot set ids: raw HTML never gets through).
 */
const SCHEMA: SanitizeSchema = {
  ...defaultSchema,
  tagNames: (defaultSchema.tagNames ?? []).filter((name) => !['img', 'input', 'picture', 'source'].includes(name)),
  clobber: [],
  clobberPrefix: '',
  protocols: { ...defaultSchema.protocols, href: ['http', 'https', 'mailto', 'tel'] },
  // align is obsolete HTML and an inline style is what the pages' CSP forbids: a column's
  // alignment comes through as a class (alignmentClasses), which the stylesheets lay out.
  attributes: {
    ...Object.fromEntries(
      Object.entries(defaultSchema.attributes ?? {}).map(([tag, names]) => [tag, names.filter((name) => name !== 'align')]),
    ),
    th: [['className', ...ALIGNMENTS.map(alignClass)]],
    td: [['className', ...ALIGNMENTS.map(alignClass)]],
  },
};

/** A table cell's align attribute, as remark-rehype writes it from the column, becomes a class. */
function alignmentClasses() {
  return (tree: HastRoot) => {
    visit(tree, 'element', (node) => {
      const alignment = node.properties.align;
      if ((node.tagName !== 'th' && node.tagName !== 'td') || typeof alignment !== 'string') return;
      delete node.properties.align;
      if ((ALIGNMENTS as readonly string[]).includes(alignment)) node.properties.className = [alignClass(alignment)];
    });
  };
}

function processor(idPrefix: string, words: Language) {
  return unified()
    .use(remarkRehype, {
      clobberPrefix: idPrefix,
      footnoteLabel: words.document.footnotes,
      footnoteLabelTagName: 'h2',
      footnoteLabelProperties: { className: ['footnotes-heading'] },
      footnoteBackLabel: (referenceIndex, rereferenceIndex) => words.document.footnoteBack(referenceIndex + 1, rereferenceIndex),
    })
    .use(alignmentClasses)
    .use(rehypeSanitize, {
      ...SCHEMA,
      attributes: { ...SCHEMA.attributes, h2: [['className', 'footnotes-heading']] },
    });
}

/** The document's own processor, made once per language: most sources go through it. */
const documents = new Map<Language, ReturnType<typeof processor>>();

/**
 * `idPrefix` goes before the ids remark-rehype makes (footnotes and their heading): a document
 * that holds several Markdown sources, such as a PDF with promises in its appendix, gives each
 * its own so that no id is taken twice.
 */
export async function markdownToHast(tree: MdastRoot, file: VFile, words: Language, idPrefix?: string): Promise<HastRoot> {
  if (idPrefix === undefined) {
    let document = documents.get(words);
    if (!document) documents.set(words, (document = processor('user-content-', words)));
    return (await document.run(tree, file)) as HastRoot;
  }
  const hast = (await processor(idPrefix, words).run(tree, file)) as HastRoot;
  // remark-rehype names the footnote heading "footnote-label" whatever the prefix.
  visit(hast, 'element', (node) => {
    if (node.properties.id === FOOTNOTE_LABEL) node.properties.id = idPrefix + FOOTNOTE_LABEL;
    const describedBy = node.properties.ariaDescribedBy;
    if (Array.isArray(describedBy)) node.properties.ariaDescribedBy = describedBy.map((id) => (id === FOOTNOTE_LABEL ? idPrefix + id : id));
  });
  return hast;
}

const FOOTNOTE_LABEL = 'footnote-label';
