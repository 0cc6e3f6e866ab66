// Parses Markdown the one way every stage reads it: GFM (footnotes, tables), directives such
// as `::fokusomraden-lista`, and YAML frontmatter.
import type { Parent, Root, Text, Yaml } from 'mdast';
import remarkDirective from 'remark-directive';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import type { VFile } from 'vfile';
import { sv } from '../language/index.ts';
import type { MarkdownSource, YamlSource } from '../model/model.ts';
import { report } from '../report/problem.ts';
import { treeExceeds } from './bounds.ts';
import { reportExceeded } from './limit-messages.ts';
import { parseYaml } from './parse-yaml.ts';

// Loading knows no site configuration yet: the words are Swedish (sv) directly.
const words = sv.load.frontmatter;

const parser = unified().use(remarkParse).use(remarkGfm).use(remarkDirective).use(remarkFrontmatter, ['yaml']);

/** Undefined when the tree passes a bound of limits.ts (reported on the file): every later stage walks it recursively. */
export function parseMarkdown(file: VFile): MarkdownSource | undefined {
  const tree = parser.parse(file);
  const exceeded = treeExceeds(tree);
  if (exceeded) {
    reportExceeded(file, exceeded);
    return undefined;
  }
  restoreTextDirectives(tree, String(file.value));
  return { file, tree };
}

/**
 * The content uses only block markers on their own line (`::fokusomraden-lista`). Inline,
 * remark-directive would read ordinary Swedish text as markers: "Lag (2023:196)", "kl. 18:30",
 * "den 1:a juni". So every inline (text) directive is turned back into the text it was
 * written as, joined with the text around it.
 */
function restoreTextDirectives(node: Root | Parent, source: string): void {
  if (!('children' in node)) return;
  const children: Parent['children'] = [];
  for (const child of node.children) {
    let current = child;
    if (current.type === 'textDirective') {
      const { start, end } = current.position ?? {};
      if (start?.offset === undefined || end?.offset === undefined) continue;
      current = { type: 'text', value: source.slice(start.offset, end.offset), position: current.position };
    }
    const previous = children.at(-1);
    if (current.type === 'text' && previous?.type === 'text') {
      const joined: Text = { type: 'text', value: previous.value + current.value };
      if (previous.position && current.position) joined.position = { start: previous.position.start, end: current.position.end };
      children[children.length - 1] = joined;
      continue;
    }
    if ('children' in current) restoreTextDirectives(current, source);
    children.push(current);
  }
  node.children = children as typeof node.children;
}

/**
 * Splits a Markdown file into its frontmatter (parsed YAML) and its body. The frontmatter
 * node is removed from the tree. Undefined frontmatter means the problem is on the file.
 * `what` is what the frontmatter holds the facts about (sv.load.frontmatter.about).
 */
export function parseWithFrontmatter(file: VFile, what: string): { meta?: YamlSource<unknown>; body?: MarkdownSource } {
  const body = parseMarkdown(file);
  if (!body) return {};
  const first = body.tree.children[0];
  if (first?.type !== 'yaml') {
    if (/^---[ \t]*(\n|$)/.test(String(file.value))) {
      report(file, { ruleId: 'frontmatter', severity: 'error', place: { start: { line: 1, column: 1 } }, ...words.unclosed(what) });
      return { body };
    }
    report(file, { ruleId: 'frontmatter', severity: 'error', place: { start: { line: 1, column: 1 } }, ...words.missing(what) });
    return { body };
  }
  body.tree.children.shift();
  const yaml = first as Yaml;
  const meta = parseYaml(file, yaml.value, (yaml.position?.start.line ?? 1) + 1);
  return { meta, body };
}
