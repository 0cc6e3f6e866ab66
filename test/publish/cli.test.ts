// npm run publish as the coordinator and CI meet it, run in process on a content tree in a
// throwaway git repository: the real check, its messages, its exit codes.
import { execFileSync } from 'node:child_process';
import { cpSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runCommandInProcess } from '../../scripts/cli/command.ts';
import publishCommand from '../../scripts/cli/publish.ts';
import { diskTestWorkspace, FIXTURES_DIR } from '../helpers/workspace.ts';
import { currentLink, makeDist, makeRepo, siteVersion, tempDir } from './fake-site.ts';

let temp: ReturnType<typeof tempDir>;
let repo: ReturnType<typeof makeRepo>;
let site: string;
let dist: string;
let targets: string;

beforeEach(() => {
  temp = tempDir();
  repo = makeRepo(join(temp.dir, 'repo'));
  cpSync(join(FIXTURES_DIR, 'check/valid'), repo.dir, { recursive: true });
  commitAll();
  site = join(temp.dir, 'site');
  dist = join(temp.dir, 'dist');
  targets = join(temp.dir, 'webbplats.yaml');
  writeFileSync(
    targets,
    `targets:\n  - id: kommun\n    name: Kommunens webbplats\n    baseUrl: https://www.example.se/samverkan/\n    method: { type: directory, path: ${site} }\n    accessibilityContact: { email: tillganglighet@example.se }\n`,
  );
});
afterEach(() => temp.remove());

function commitAll() {
  execFileSync('git', ['-C', repo.dir, 'add', '-A']);
  execFileSync('git', ['-C', repo.dir, '-c', 'user.name=Test', '-c', 'user.email=t@example.org', 'commit', '-q', '-m', 'innehåll']);
}

const publish = (...args: string[]) =>
  runCommandInProcess(publishCommand, [...args, '--targets', targets, '--dist', dist], { workspace: () => diskTestWorkspace(repo.dir), env: {} });

describe('npm run publish', () => {
  it('--dry-run lists the files that would change; a publish and a rollback say what they did', async () => {
    makeDist(dist, siteVersion('A'), repo.head());
    const dry = await publish('kommun', '--dry-run');
    // A build made for no site in particular is published, with a word about what it lacks.
    expect(dry).toMatchObject({
      code: 0,
      stderr: 'Obs: bygget är inte gjort för kommun (npm run build -- --site kommun), så sidorna saknar webbplatsens adresser och tillgänglighetsredogörelse.\n',
    });
    expect(dry.stdout).toMatch(/^Skulle publicera 000001-\S+ till Kommunens webbplats \(https:\/\/www\.example\.se\/samverkan\/\): 8 nya, 0 ändrade, 0 borttagna filer\.\n/);
    expect(dry.stdout).toContain('  + index.html\n');
    expect(dry.stdout).toContain('Inget ändrades (--dry-run).');
    expect(currentLink(site)).toBeUndefined();

    const first = await publish('kommun');
    expect(first.code).toBe(0);
    expect(first.stdout).toContain('Publicerat till https://www.example.se/samverkan/: 8 nya, 0 ändrade, 0 borttagna filer.');
    makeDist(dist, siteVersion('B'), repo.head());
    expect((await publish('kommun')).code).toBe(0);

    const back = await publish('kommun', '--rollback');
    expect(back.code).toBe(0);
    expect(back.stdout).toMatch(/^Kommunens webbplats visar nu 000001-\S+ igen \(i stället för 000002-/);
  });

  it('exits 1 and shows the problems when the check finds errors, and publishes nothing', async () => {
    writeFileSync(join(repo.dir, 'agreement/2026-2029/edition.yaml'), 'title: 2021-XX-XX\n');
    commitAll();
    makeDist(dist, siteVersion('A'), repo.head());
    const run = await publish('kommun');
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('agreement/2026-2029/edition.yaml');
    expect(run.stderr).toMatch(/Kontrollen hittade fel i innehållet\. Rätta dem \(npm run check\); inget publicerades\.\n$/);
    expect(currentLink(site)).toBeUndefined();
  });

  it('exits 2 with one line for an unknown target, a build from another commit, or no target', async () => {
    makeDist(dist, siteVersion('A'), repo.head());
    const unknown = await publish('okand');
    expect(unknown).toMatchObject({ code: 2, stderr: 'Okänt publiceringsmål "okand". Målen som finns: kommun.\n' });

    repo.commit('text.md', 'Nyare\n');
    const stale = await publish('kommun');
    expect(stale.code).toBe(2);
    expect(stale.stderr).toMatch(/^Bygget gjordes från commit [0-9a-f]{12}, men utcheckad är [0-9a-f]{12}\. .*inget publicerades\.\n$/);

    const none = await publish();
    expect(none.code).toBe(2);
    expect(none.stderr).toMatch(/^Ange ett publiceringsmål\.\n\nAnvändning: npm run publish -- <mål>/);
    expect(currentLink(site)).toBeUndefined();
  });
});
