// A failed build leaves the last good dist/ exactly as it was and nothing beside it: whether
// content errors stop it before anything is written, or the machine fails it halfway (no
// browser for the PDFs). The coordinator reads file:line:column and the rule, not a stack trace.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { copyFixture, hashTree, makeTempDir } from '../helpers/build-fixture.ts';
import { type CommandResult as CliResult, runCommand } from '../helpers/commands.ts';

const TEXT = 'agreement/2026-2029/text.md';

let root: string;
let outDir: string;
let lastGood: Record<string, string>;
let validText: string;

const STACK_LINE = /^\s+at /m;
const noStackTrace = (result: CliResult) => expect(`${result.stdout}\n${result.stderr}`).not.toMatch(STACK_LINE);

/** What sits beside dist/: only dist/ itself, no staging or old folders. */
const besideOutDir = () => readdirSync(dirname(outDir)).sort();

const build = (env: NodeJS.ProcessEnv = {}) => runCommand('build', ['--out', outDir], root, env);

beforeAll(async () => {
  root = copyFixture('check/valid');
  validText = readFileSync(join(root, TEXT), 'utf8');
  outDir = join(makeTempDir('agreement-atomic-'), 'dist');
  const first = await build();
  if (first.code !== 0) throw new Error(`The valid fixture did not build:\n${first.stdout}\n${first.stderr}`);
  lastGood = hashTree(outDir);
});

describe('npm run build', () => {
  it('builds the valid fixture into --out with exit code 0', () => {
    expect(Object.keys(lastGood)).toEqual(expect.arrayContaining(['index.html', '2026-2029/index.html', 'manifest.json']));
    expect(Object.keys(lastGood).some((path) => path.endsWith('.pdf'))).toBe(true);
    expect(besideOutDir()).toEqual(['dist']);
  });

  it('stops on a content error with exit code 1, naming file:line:column and the rule, and leaves dist/ untouched', async () => {
    // A footnote call without a definition, on a line of its own at the end of the text.
    const broken = `${validText.trimEnd()}\n\nSe även bilagan[^saknas].\n`;
    writeFileSync(join(root, TEXT), broken);
    try {
      const result = await build();
      const line = broken.split('\n').findIndex((text) => text.includes('[^saknas]')) + 1;
      const column = broken.split('\n')[line - 1]!.indexOf('[^saknas]') + 1;
      expect(result.code).toBe(1);
      expect(result.stdout).toContain(`${TEXT}:${line}:${column}`);
      expect(result.stdout).toContain('[footnote-references]');
      noStackTrace(result);
      expect(hashTree(outDir)).toEqual(lastGood);
      expect(besideOutDir()).toEqual(['dist']);
    } finally {
      writeFileSync(join(root, TEXT), validText);
    }
  });

  it('fails halfway (no browser for the PDFs) with exit code 2 and leaves dist/ untouched, no staging folder beside it', async () => {
    // Valid, changed content: the pages of the new build are already staged when printing fails.
    writeFileSync(join(root, TEXT), validText.replace('Degerfors ska vara en trygg kommun', 'Degerfors ska vara en tryggare kommun'));
    try {
      const result = await build({ AGREEMENT_BROWSER: join(root, 'ingen-webblasare') });
      expect(result.code).toBe(2);
      expect(result.stderr).toContain('AGREEMENT_BROWSER');
      noStackTrace(result);
      expect(hashTree(outDir)).toEqual(lastGood);
      expect(besideOutDir()).toEqual(['dist']);
    } finally {
      writeFileSync(join(root, TEXT), validText);
    }
  });

  it('rejects an unknown option with exit code 2 and the usage, without building', async () => {
    const result = await runCommand('build', ['--okand', '--out', outDir], root);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('--okand');
    expect(result.stderr).toContain('npm run build');
    noStackTrace(result);
    expect(hashTree(outDir)).toEqual(lastGood);
  });

  it('does not look for a browser when the content stops the build: exit 1, not a missing browser', async () => {
    writeFileSync(join(root, TEXT), `${validText.trimEnd()}\n\nSe även bilagan[^saknas].\n`);
    try {
      const result = await build({ AGREEMENT_BROWSER: join(root, 'ingen-webblasare') });
      expect(result.code).toBe(1);
      expect(result.stdout).toContain('[footnote-references]');
      expect(result.stderr).not.toContain('AGREEMENT_BROWSER');
      expect(hashTree(outDir)).toEqual(lastGood);
    } finally {
      writeFileSync(join(root, TEXT), validText);
    }
  });

  it('rejects --tsa without --seal with exit code 2, without building', async () => {
    const result = await runCommand('build', ['--tsa', 'http://127.0.0.1:1/', '--out', outDir], root);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('--tsa gäller sigillet');
    expect(hashTree(outDir)).toEqual(lastGood);
  });

  it('rejects a stray argument with exit code 2', async () => {
    const result = await runCommand('build', ['dist2', '--out', outDir], root);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('dist2');
    noStackTrace(result);
  });

  it('refuses to replace a folder it did not write, and leaves it as it was', async () => {
    const own = makeTempDir('agreement-own-');
    writeFileSync(join(own, 'anteckningar.txt'), 'mina anteckningar');
    const result = await runCommand('build', ['--out', own], root);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('inte en mapp som bygget har skrivit');
    noStackTrace(result);
    expect(readdirSync(own)).toEqual(['anteckningar.txt']);
    expect(readdirSync(dirname(own)).filter((name) => name.startsWith(`.${own.split('/').at(-1)}-`))).toEqual([]);
  });
});
