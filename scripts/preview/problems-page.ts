// What the preview shows instead of a page while the content has problems: each with its file,
// line and column, what is wrong and how to fix it, and a link to the place in the source text.
// Built as syntax, so nothing from the content can become markup.
import { h } from 'hastscript';
import type { Language } from '../language/index.ts';
import type { Content } from '../model/model.ts';
import { htmlDocument } from '../render/html-document.ts';
import { collectProblems } from '../report/reporter.ts';

export const SOURCE_PREFIX = '/__preview/kalla/';

const PREVIEW_CSS = `
body { font: 16px/1.5 system-ui, sans-serif; margin: 1rem auto; max-width: 60rem; padding: 0 1rem; color: #1a1a1a; }
.problem { border-left: 4px solid #b00020; padding: 0.25rem 0.75rem; margin: 1rem 0; background: #fff5f5; }
.problem.warning { border-color: #8a5a00; background: #fffaf0; }
.where { font-family: ui-monospace, monospace; }
ol.source { font-family: ui-monospace, monospace; white-space: pre-wrap; padding-left: 4rem; }
ol.source li:target { background: #ffe08a; outline: 2px solid #8a5a00; }
`;

const sourceHref = (file: string, line: number) => `${SOURCE_PREFIX}${file.split('/').map(encodeURIComponent).join('/')}#rad-${line}`;

export function renderProblemsPage(words: Language, content: Content): string {
  const problems = collectProblems(content.files);
  const errors = problems.filter((problem) => problem.severity === 'error').length;
  return htmlDocument(
    words,
    [h('title', words.preview.problemsTitle), h('style', PREVIEW_CSS)],
    h('body', [
      h('main', [
        h('h1', words.preview.problemsTitle),
        h('p', [words.preview.counts(errors, problems.length - errors), '. ', words.preview.problemsIntro]),
        ...problems.map((problem) =>
          h(`section.problem.${problem.severity}`, [
            h('h2', [
              h('span.severity', `${problem.severity === 'error' ? words.preview.error : words.preview.warning}: `),
              h('span.where', `${problem.file}:${problem.line}:${problem.column}`),
            ]),
            h('p', [problem.message, ` [${problem.ruleId}]`]),
            ...(problem.fix ? [h('p', [h('strong', `${words.preview.howToFix} `), problem.fix])] : []),
            h('p', [h('a', { href: sourceHref(problem.file, problem.line) }, `${words.preview.showInText} (${words.preview.line(problem.line)})`)]),
          ]),
        ),
      ]),
    ]),
  );
}

/** A content file with numbered lines, each an anchor, so a problem's link shows its place. */
export function renderSourcePage(words: Language, path: string, text: string): string {
  return htmlDocument(
    words,
    [h('title', words.preview.sourceTitle(path)), h('style', PREVIEW_CSS)],
    h('body', [
      h('main', [
        h('p', [h('a', { href: '/' }, words.preview.back)]),
        h('h1', words.preview.sourceTitle(path)),
        h('ol.source', text.split('\n').map((line, index) => h('li', { id: `rad-${index + 1}` }, line === '' ? '\u00a0' : line))),
      ]),
    ]),
  );
}
