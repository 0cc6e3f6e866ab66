// Publishing's targets come through the content check (agreement/webbplats.yaml) or through
// the same parser, validators and duplicate-id finder (a --targets file), and every problem with
// them is a message with its file, line and column, as npm run check gives it.
import { writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { EnvironmentError, UsageError } from '../../scripts/errors.ts';
import { sv } from '../../scripts/language/index.ts';
import { findTarget } from '../../scripts/model/site.ts';
import { siteTargets, targetsFile, type TargetsRead } from '../../scripts/publish/load-targets.ts';
import { collectProblems } from '../../scripts/report/reporter.ts';
import { checkContent } from '../../scripts/validate/check-content.ts';
import { makeFixture } from '../helpers/check-fixture.ts';
import { FIXTURES_DIR } from '../helpers/workspace.ts';
import { tempDir } from './fake-site.ts';

const TARGET = (id: string) =>
  `  - id: ${id}\n    name: Webbplatsen\n    baseUrl: https://www.example.se/${id}/\n    method: { type: directory, path: /srv/${id} }\n    accessibilityContact: { email: a@example.se }\n`;
const SITE = 'municipality: Degerfors\npoliceArea: Degerfors\n';

/** Where and what: `line:column message [rule]`, for each problem that keeps the targets from being read. */
function problems(read: TargetsRead): string[] {
  if (read.ok) throw new Error(`väntade fel, fick målen ${read.targets.map((t) => t.id).join(', ')}`);
  return collectProblems([read.file]).map((problem) => `${problem.line}:${problem.column} ${problem.message}${problem.ruleId === 'unique-ids' ? ' [unique-ids]' : ''}`);
}

const ids = (read: TargetsRead) => (read.ok ? read.targets.map((target) => target.id) : problems(read));

describe('the targets of agreement/webbplats.yaml', () => {
  const siteWith = async (text: string | null) => siteTargets(await checkContent(makeFixture({ 'agreement/webbplats.yaml': text })));

  it('are the targets the content check read, none without the file, in the site’s words', async () => {
    const read = await siteWith(`${SITE}targets:\n${TARGET('kommun')}${TARGET('polisen')}`);
    expect(ids(read)).toEqual(['kommun', 'polisen']);
    expect(read).toMatchObject({ source: 'agreement/webbplats.yaml', words: sv });
    expect(ids(await siteWith(SITE))).toEqual([]);
    const none = await siteWith(null);
    expect(ids(none)).toEqual([]);
    if (!none.ok) return;
    expect(() => findTarget(none, 'kommun')).toThrow(new UsageError('Okänt publiceringsmål "kommun" i agreement/webbplats.yaml. Målen som finns: inga.'));
  });

  it('are refused, with the place of the fault, when the file does not fit its schema', async () => {
    const read = await siteWith(`${SITE}targets:\n${TARGET('kommun').replace('https://', 'http://')}`);
    expect(read).toMatchObject({ ok: false, file: { path: 'agreement/webbplats.yaml' } });
    expect(problems(read)).toEqual([expect.stringMatching(/^6:14 targets\[0\]\.baseUrl: /)]);
  });

  it('are refused when two share an id, at the second, as npm run check refuses them', async () => {
    expect(problems(await siteWith(`${SITE}targets:\n${TARGET('kommun')}${TARGET('kommun')}`))).toEqual([
      '9:9 Id "kommun" används redan för ett annat publiceringsmål i agreement/webbplats.yaml:4. [unique-ids]',
    ]);
  });
});

describe('a --targets file', () => {
  let temp: ReturnType<typeof tempDir>;
  let file: string;
  beforeEach(() => {
    temp = tempDir();
    file = join(temp.dir, 'targets.yaml');
  });
  afterEach(() => temp.remove());

  it('gives its targets, and findTarget the one named or a usage error that names the file', async () => {
    const path = join(FIXTURES_DIR, 'publish/targets.yaml');
    const read = await targetsFile(path, temp.dir);
    expect(ids(read)).toEqual(['kommun', 'polisen', 'lokal']);
    if (!read.ok) return;
    expect(findTarget(read, 'polisen').method).toMatchObject({ type: 'rsync', port: 2222 });
    expect(() => findTarget(read, 'okand')).toThrow(new UsageError(`Okänt publiceringsmål "okand" i ${path}. Målen som finns: kommun, polisen, lokal.`));
  });

  it('given relative to a folder is read from there, and named as it was given', async () => {
    const given = relative(temp.dir, join(FIXTURES_DIR, 'publish/targets.yaml'));
    const read = await targetsFile(given, temp.dir);
    expect(read).toMatchObject({ ok: true, source: given });
    writeFileSync(file, `targets:\n${TARGET('kommun')}${TARGET('kommun')}`);
    const twice = await targetsFile('targets.yaml', temp.dir);
    expect(twice).toMatchObject({ ok: false, file: { path: 'targets.yaml', cwd: temp.dir } });
    expect(problems(twice)).toEqual(['7:9 Id "kommun" används redan för ett annat publiceringsmål i targets.yaml:2. [unique-ids]']);
    await expect(targetsFile('finns-inte.yaml', temp.dir)).rejects.toThrow(
      new EnvironmentError('Kan inte läsa publiceringsmålen i finns-inte.yaml: filen finns inte.'),
    );
  });

  it('is refused with the line and column of each fault', async () => {
    writeFileSync(file, `targets:\n${TARGET('kommun').replace('https://', 'http://')}`);
    const read = await targetsFile(file, temp.dir);
    expect(read).toMatchObject({ ok: false, file: { path: file } });
    expect(problems(read)).toEqual([expect.stringMatching(/^4:14 targets\[0\]\.baseUrl: /)]);

    writeFileSync(file, 'municipality: Degerfors\n');
    expect(problems(await targetsFile(file, temp.dir))).toEqual(['1:1 Nyckeln "targets" saknas.', '1:1 Okänd nyckel "municipality".']);

    writeFileSync(file, 'targets:\n  - id: [kommun\n');
    expect(problems(await targetsFile(file, temp.dir))).toEqual([expect.stringMatching(/^\d+:\d+ YAML-fel: /)]);
  });

  it('is refused when two targets share an id', async () => {
    writeFileSync(file, `targets:\n${TARGET('kommun')}${TARGET('polisen')}${TARGET('kommun')}`);
    expect(problems(await targetsFile(file, temp.dir))).toEqual([`12:9 Id "kommun" används redan för ett annat publiceringsmål i ${file}:2. [unique-ids]`]);
  });

  it('that is not there is an error of the environment', async () => {
    await expect(targetsFile(join(temp.dir, 'finns-inte.yaml'), temp.dir)).rejects.toThrow(
      new EnvironmentError(`Kan inte läsa publiceringsmålen i ${join(temp.dir, 'finns-inte.yaml')}: filen finns inte.`),
    );
  });
});
