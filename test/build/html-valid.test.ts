// Every published page is valid HTML by html-validate's recommended rules: what assistive
// technology and every browser parse the same way, with no duplicate ids, misnested elements
// or unlabelled controls.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { HtmlValidate, StaticConfigLoader, type ConfigData, type Message } from 'html-validate';
import { describe, expect, inject, it } from 'vitest';
import { listHtmlPages } from '../helpers/build-fixture.ts';

const distDir = inject('distDir');
const pages = listHtmlPages(distDir);

/**
 * The recommended preset, with two rules off that judge style, not validity:
 * - doctype-style: wants "<!DOCTYPE html>" in upper case; the HTML standard says the doctype
 *   is case-insensitive, and hast-util-to-html writes "<!doctype html>".
 * - long-title: an SEO guideline (titles over 70 characters get cut in search results); the
 *   page title is the agreement's own, signed title, which the page must not shorten.
 */
const HTML_VALIDATE_CONFIG: ConfigData = {
  root: true,
  extends: ['html-validate:recommended'],
  rules: {
    'doctype-style': 'off',
    'long-title': 'off',
  },
};

// A static loader: no .htmlvalidate.json found near the files can change the rules.
const validator = new HtmlValidate(new StaticConfigLoader(HTML_VALIDATE_CONFIG));

const describeMessages = (path: string, messages: Message[]) =>
  messages.map((m) => `${path}:${m.line}:${m.column} ${m.ruleId}: ${m.message}${m.selector ? ` (${m.selector})` : ''}`);

async function problems(path: string): Promise<string[]> {
  const report = await validator.validateString(readFileSync(join(distDir, path), 'utf8'), path);
  return report.results.flatMap((result) => describeMessages(path, result.messages));
}

describe('html-validate (recommended)', () => {
  it.each(pages)('finds no problems in %s', async (path) => {
    expect(await problems(path)).toEqual([]);
  });

  it('does find real errors: a duplicate id, a stray end tag, an element where it may not be', async () => {
    const page = readFileSync(join(distDir, 'index.html'), 'utf8');
    const broken = page.replace('</main>', '<p id="innehall">dubbel</div><ul><p>fel</p></ul></main>');
    const report = await validator.validateString(broken, 'broken.html');
    const rules = report.results.flatMap((result) => result.messages.map((message) => message.ruleId));
    expect(rules).toEqual(expect.arrayContaining(['no-dup-id', 'close-order', 'element-permitted-content']));
  });
});
