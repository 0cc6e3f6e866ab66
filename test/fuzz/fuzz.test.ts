// Property-based tests of loading, checking and rendering: random YAML and Markdown, built from
// the pieces the real content is made of and the characters hostile input uses, never throw,
// finish within a bound, and render to the same bytes twice. Seeded with a fixed number of
// runs: a failure prints its seed and path, and `fc.assert(…, { seed, path })` replays it.
import fc from 'fast-check';
import { fromHtml } from 'hast-util-from-html';
import { visit } from 'unist-util-visit';
import { describe, expect, it } from 'vitest';
import { renderEditionPage } from '../../scripts/render/edition-page.ts';
import { AREA, checkRoot, EDITION, makeFixture, PROMISE, TEXT, validText } from '../helpers/check-fixture.ts';

const SEED = 20261126;
const RUNS = 40;
/** Per input, on a busy two-core runner; an input of these sizes checks in well under a second. */
const BOUND_MS = 5_000;

const MARKDOWN_PIECES = [
  '#', '##', '###', '>', '-', '*', '_', '~', '`', '```', '1.', '[', ']', '(', ')', '[^1]', '[^1]:', '!', '<', '>', '&', ';',
  '|', '---', ':', '::', ':::', '::fokusomraden-lista', '{', '}', '\\', 'https://example.com', 'javascript:alert(1)',
  '<script>', '<img onerror=x>', '&#0;', '&amp;', 'Degerfors', 'Åtorp', 'TODO', '2026-XX-XX', '\u202E', '\u200B', 'a\u030A',
  '\u0000', '\u001b[2J', '\t', ' ', '  ', '\n', '\n\n', 'text', 'ord',
];
const YAML_PIECES = [
  'id:', 'title:', 'status:', 'period:', 'start:', 'end:', '-', ' ', '  ', '\n', ':', '"', "'", '[', ']', '{', '}', ',', '&a', '*a',
  '!!binary', '!!str', '!tag', '|', '>', '#', '---', '...', '%YAML 1.2', '~', 'null', 'true', '2026-01-01', '2026-02-30', '0x1F',
  '1e309', '<<:', '?', 'Degerfors', 'final', 'signed', '\u202E', '\t', 'ÅÄÖ',
];

const markdown = fc.array(fc.oneof(fc.constantFrom(...MARKDOWN_PIECES), fc.string({ maxLength: 8 })), { maxLength: 120 }).map((parts) => parts.join(''));
const yamlText = fc.array(fc.oneof(fc.constantFrom(...YAML_PIECES), fc.string({ maxLength: 6 })), { maxLength: 80 }).map((parts) => parts.join(''));

/** Script elements, event handler attributes and script or data URLs in the page's HTML. */
function activeParts(html: string): string[] {
  const found: string[] = [];
  visit(fromHtml(html), 'element', (node) => {
    if (node.tagName === 'script') found.push('<script>');
    for (const [name, value] of Object.entries(node.properties)) {
      if (/^on/i.test(name)) found.push(`${node.tagName} ${name}`);
      if (['href', 'src', 'action', 'formAction'].includes(name) && /^\s*(javascript|data|vbscript|file):/i.test(String(value))) found.push(`${node.tagName} ${name}=${String(value)}`);
    }
  });
  return found;
}

async function timed<T>(work: () => Promise<T>): Promise<T> {
  const started = Date.now();
  const result = await work();
  expect(Date.now() - started).toBeLessThan(BOUND_MS);
  return result;
}

describe('random input', () => {
  it('random Markdown as the text, a focus area or a promise body: checked without an exception', async () => {
    await fc.assert(
      fc.asyncProperty(markdown, fc.constantFrom(TEXT, AREA, PROMISE), async (body, path) => {
        const file = path === TEXT ? body : `${validText(path).split('\n---\n')[0]}\n---\n\n${body}`;
        await timed(() => checkRoot(makeFixture({ [path]: file })));
      }),
      { seed: SEED, numRuns: RUNS },
    );
  });

  it('random YAML as edition.yaml, a frontmatter or the glossary: checked without an exception', async () => {
    await fc.assert(
      fc.asyncProperty(yamlText, fc.constantFrom(EDITION, PROMISE, 'agreement/ordlista.yaml'), async (yaml, path) => {
        const file = path === PROMISE ? `---\n${yaml}\n---\n\nText.\n` : yaml;
        await timed(() => checkRoot(makeFixture({ [path]: file })));
      }),
      { seed: SEED, numRuns: RUNS },
    );
  });

  it('random Markdown that loads renders to the same bytes twice, with no script', async () => {
    await fc.assert(
      fc.asyncProperty(markdown, async (body) => {
        const fixture = makeFixture({ [TEXT]: (valid) => `${valid}\n${body}\n` });
        const { content } = await timed(() => checkRoot(fixture));
        const edition = content.editions[0];
        // Only what loads can render; a text the loader refused is not in the model.
        if (!edition) return;
        const first = await timed(() => renderEditionPage(content, edition, { pdf: 'x.pdf' }));
        // A second load of its own, rendered from its own edition: nothing carried over from the first.
        const reloaded = (await checkRoot(fixture)).content;
        const again = await renderEditionPage(reloaded, reloaded.editions[0]!, { pdf: 'x.pdf' });
        expect(again).toBe(first);
        expect(activeParts(first)).toEqual([]);
      }),
      { seed: SEED, numRuns: RUNS },
    );
  });
});
