// npm run publish as the coordinator and CI meet it: its messages, its exit codes.
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runPublish, type PublishInputs } from '../../scripts/cli/publish.ts';
import { UsageError } from '../../scripts/errors.ts';
import { currentLink, makeDist, makeRepo, siteVersion, tempDir } from './fake-site.ts';

const REPOSITORY = join(import.meta.dirname, '../..');

describe('npm run publish, in process', () => {
  let temp: ReturnType<typeof tempDir>;
  let out: string;
  let err: string;
  let inputs: PublishInputs;
  let repo: ReturnType<typeof makeRepo>;

  beforeEach(() => {
    temp = tempDir();
    repo = makeRepo(join(temp.dir, 'repo'));
    const targetsFile = join(temp.dir, 'webbplats.yaml');
    writeFileSync(
      targetsFile,
      `targets:\n  - id: kommun\n    name: Kommunens webbplats\n    baseUrl: https://www.example.se/samverkan/\n    method: { type: directory, path: ${join(temp.dir, 'site')} }\n    accessibilityContact: { email: tillganglighet@example.se }\n`,
    );
    out = '';
    err = '';
    inputs = {
      repoDir: repo.dir,
      distDir: join(temp.dir, 'dist'),
      targetsFile,
      sshKeyPath: undefined,
      checkPassed: async () => true,
      stdout: (text) => (out += text),
      stderr: (text) => (err += text),
    };
  });
  afterEach(() => temp.remove());

  const run = (positionals: string[], values: Record<string, unknown> = {}) =>
    runPublish({ positionals, values } as Parameters<typeof runPublish>[0], inputs);

  it('--dry-run lists the files that would change, then a publish and a rollback say what they did', async () => {
    makeDist(inputs.distDir, siteVersion('A'), repo.head());
    expect(await run(['kommun'], { 'dry-run': true })).toBe(0);
    expect(out).toMatch(/^Skulle publicera 000001-\S+ till Kommunens webbplats/);
    expect(out).toContain('  + index.html\n');
    expect(out).toContain('Inget ändrades (--dry-run).');
    expect(currentLink(join(temp.dir, 'site'))).toBeUndefined();

    out = '';
    expect(await run(['kommun'])).toBe(0);
    expect(out).toContain('Publicerat till https://www.example.se/samverkan/: 8 nya, 0 ändrade, 0 borttagna filer.');
    makeDist(inputs.distDir, siteVersion('B'), repo.head());
    expect(await run(['kommun'])).toBe(0);

    out = '';
    expect(await run(['kommun'], { rollback: true })).toBe(0);
    expect(out).toMatch(/^Kommunens webbplats visar nu 000001-\S+ igen \(i stället för 000002-/);
  });

  it('names the target it needs', async () => {
    await expect(run([])).rejects.toThrow(/^Ange ett publiceringsmål\.\n\nAnvändning: npm run publish -- <mål>/);
    await expect(run(['kommun', 'polisen'])).rejects.toThrow(UsageError);
  });

  it('exits 1 when the check finds errors, and publishes nothing', async () => {
    makeDist(inputs.distDir, siteVersion('A'), repo.head());
    inputs.checkPassed = async () => false;
    expect(await run(['kommun'])).toBe(1);
    expect(err).toBe('Kontrollen hittade fel i innehållet. Rätta dem (npm run check); inget publicerades.\n');
    expect(currentLink(join(temp.dir, 'site'))).toBeUndefined();
  });
});

describe('npm run publish, as a process', () => {
  // One run through the real process: exit code and stderr as CI sees them; the rest runs in process.
  const cli = (args: string[]) =>
    spawnSync('npx', ['tsx', 'scripts/cli/publish.ts', ...args], { cwd: REPOSITORY, encoding: 'utf8', timeout: 60_000, env: { ...process.env, DEBUG: '' } });

  it('exits 2 with one line naming the targets there are, for an unknown target', () => {
    const run = cli(['okand', '--targets', 'test/fixtures/publish/targets.yaml']);
    expect(run.status).toBe(2);
    expect(run.stderr).toBe('Okänt publiceringsmål "okand". Målen som finns: kommun, polisen, lokal.\n');
  });
});
