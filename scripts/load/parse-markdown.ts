// Parses Markdown the one way every stage reads it: GFM (footnotes, tables), directives such
// as `::fokusomraden-lista`, and YAML frontmatter.
import type { Root, Yaml } from 'mdast';
import remarkDirective from 'remark-directive';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import type { VFile } from 'vfile';
import type { MarkdownSource, YamlSource } from '../model/model.ts';
import { report } from '../report/problem.ts';
import { parseYaml } from './parse-yaml.ts';

const parser = unified().use(remarkParse).use(remarkGfm).use(remarkDirective).use(remarkFrontmatter, ['yaml']);

export function parseMarkdown(file: VFile): MarkdownSource {
  return { file, tree: parser.parse(file) };
}

/**
 * Splits a Markdown file into its frontmatter (parsed YAML) and its body. The frontmatter
 * node is removed from the tree. Undefined frontmatter means the problem is on the file.
 */
export function parseWithFrontmatter(file: VFile, what: string): { meta?: YamlSource<unknown>; body: MarkdownSource } {
  const body = parseMarkdown(file);
  const first = body.tree.children[0];
  if (first?.type !== 'yaml') {
    report(file, {
      ruleId: 'frontmatter',
      severity: 'error',
      place: { start: { line: 1, column: 1 } },
      reason: `Filen saknar frontmatter med uppgifterna om ${what}.`,
      fix: 'Börja filen med en rad "---", sedan uppgifterna i YAML (t.ex. "id: …" och "title: …"), sedan en rad "---".',
    });
    return { body };
  }
  body.tree.children.shift();
  const yaml = first as Yaml;
  const meta = parseYaml(file, yaml.value, (yaml.position?.start.line ?? 1) + 1);
  return { meta, body };
}
