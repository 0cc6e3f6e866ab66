// Turns the combined Markdown of a document into sanitised HTML syntax. Footnotes are numbered
// here, once for the whole document in reading order, by remark-rehype; sanitising comes right
// after, before anything of ours is added, so only content passes through the sanitiser.
import type { Root as HastRoot } from 'hast';
import type { Root as MdastRoot } from 'mdast';
import rehypeSanitize, { defaultSchema, type Options as SanitizeSchema } from 'rehype-sanitize';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import type { VFile } from 'vfile';

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
  // align is obsolete HTML (GFM writes it for aligned table columns); the page's CSS lays tables out.
  attributes: Object.fromEntries(
    Object.entries(defaultSchema.attributes ?? {}).map(([tag, names]) => [tag, names.filter((name) => name !== 'align')]),
  ),
};

const processor = unified()
  .use(remarkRehype, {
    footnoteLabel: 'Fotnoter',
    footnoteLabelTagName: 'h2',
    footnoteLabelProperties: { className: ['footnotes-heading'] },
    footnoteBackLabel: (referenceIndex, rereferenceIndex) =>
      `Tillbaka till hänvisning ${referenceIndex + 1}${rereferenceIndex > 1 ? `-${rereferenceIndex}` : ''}`,
  })
  .use(rehypeSanitize, {
    ...SCHEMA,
    attributes: { ...SCHEMA.attributes, h2: [['className', 'footnotes-heading']] },
  });

export async function markdownToHast(tree: MdastRoot, file: VFile): Promise<HastRoot> {
  return (await processor.run(tree, file)) as HastRoot;
}
