// npm run publish as the coordinator and CI meet it, run in process on a content tree in a
// throwaway git repository: the real check, its messages, its exit codes.
import { execFileSync } from 'node:child_process';
import { cpSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
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

const run = (...args: string[]) => runCommandInProcess(publishCommand, [...args, '--dist', dist], { workspace: () => diskTestWorkspace(repo.dir), env: {} });
const publish = (...args: string[]) => run(...args, '--targets', targets);

/** The repository's own site configuration, committed. */
function siteConfiguration(text: string) {
  writeFileSync(join(repo.dir, 'agreement/webbplats.yaml'), text);
  commitAll();
}
const target = (id: string, path: string) =>
  `  - id: ${id}\n    name: Webbplatsen ${id}\n    baseUrl: https://www.example.se/${id}/\n    method: { type: directory, path: ${path} }\n    accessibilityContact: { email: tillganglighet@example.se }\n`;

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
    expect(unknown).toMatchObject({ code: 2, stderr: `Okänt publiceringsmål "okand" i ${targets}. Målen som finns: kommun.\n` });

    repo.commit('text.md', 'Nyare\n');
    const stale = await publish('kommun');
    expect(stale.code).toBe(2);
    expect(stale.stderr).toMatch(/^Bygget gjordes från commit [0-9a-f]{12}, men utcheckad är [0-9a-f]{12}\. .*inget publicerades\.\n$/);

    const none = await publish();
    expect(none.code).toBe(2);
    expect(none.stderr).toMatch(/^Ange ett publiceringsmål\.\n\nAnvändning: npm run publish -- <mål>/);
    expect(currentLink(site)).toBeUndefined();
  });

  it('takes the target from agreement/webbplats.yaml without --targets', async () => {
    siteConfiguration(`municipality: Degerfors\npoliceArea: Degerfors\ntargets:\n${target('kommun', site)}${target('polisen', join(temp.dir, 'polisen'))}`);
    makeDist(dist, siteVersion('A'), repo.head());
    const first = await run('kommun');
    expect(first).toMatchObject({ code: 0 });
    expect(first.stdout).toContain('Publicerat till https://www.example.se/kommun/: 8 nya, 0 ändrade, 0 borttagna filer.');
    expect(currentLink(site)).toMatch(/^releases\/000001-/);

    // An unknown target is a mistake in the command: exit 2, with the targets there are.
    expect(await run('okand')).toMatchObject({
      code: 2,
      stderr: 'Okänt publiceringsmål "okand" i agreement/webbplats.yaml. Målen som finns: kommun, polisen.\n',
    });
  });

  it('without --targets or agreement/webbplats.yaml, names the file the targets are looked for in', async () => {
    makeDist(dist, siteVersion('A'), repo.head());
    const none = 'Okänt publiceringsmål "kommun" i agreement/webbplats.yaml. Målen som finns: inga.\n';
    expect(await run('kommun')).toMatchObject({ code: 2, stderr: none });
    expect(await run('kommun', '--rollback')).toMatchObject({ code: 2, stderr: none });
  });

  it('exits 1 with the file, line and column when webbplats.yaml’s targets cannot be read, and publishes nothing', async () => {
    siteConfiguration(`municipality: Degerfors\npoliceArea: Degerfors\ntargets:\n${target('kommun', site)}${target('kommun', site)}`);
    makeDist(dist, siteVersion('A'), repo.head());
    const twice = await run('kommun');
    expect(twice.code).toBe(1);
    // Two targets with one id are the check's finding (rule unique-ids), as npm run check shows it.
    expect(twice.stderr).toContain(
      '  agreement/webbplats.yaml:9:9  fel      Id "kommun" används redan för ett annat publiceringsmål i agreement/webbplats.yaml:4.  [unique-ids]\n',
    );
    expect(twice.stderr).toMatch(/Publiceringsmålen i agreement\/webbplats\.yaml går inte att läsa\. Rätta felen ovan; inget ändrades på webbplatsen\.\n$/);
    // A rollback, which runs no check before it acts, takes no target from such a file either.
    expect(await run('kommun', '--rollback')).toMatchObject({ code: 1, stderr: twice.stderr });

    // A rollback reads the targets too.
    siteConfiguration(`municipality: Degerfors\npoliceArea: Degerfors\ntargets:\n${target('kommun', site).replace('https://', 'http://')}`);
    const http = await run('kommun', '--rollback');
    expect(http.code).toBe(1);
    expect(http.stderr).toMatch(/^  agreement\/webbplats\.yaml:6:14  fel {6}targets\[0\]\.baseUrl: /m);
    expect(currentLink(site)).toBeUndefined();
  });

  it('exits 2 with the line and column of a fault in the --targets file', async () => {
    writeFileSync(targets, `targets:\n${target('kommun', site).replace('https://', 'http://')}`);
    makeDist(dist, siteVersion('A'), repo.head());
    const bad = await publish('kommun');
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain(`  ${targets}:4:14  fel      targets[0].baseUrl: `);
    expect(bad.stderr).toContain(`Publiceringsmålen i ${targets} går inte att läsa.`);

    // A relative path is read from where the command runs, and named as it was typed.
    const typed = relative(process.cwd(), targets);
    const relativeRun = await run('kommun', '--targets', typed);
    expect(relativeRun.code).toBe(2);
    expect(relativeRun.stderr).toContain(`  ${typed}:4:14  fel      targets[0].baseUrl: `);
    expect(relativeRun.stderr).toContain(`Publiceringsmålen i ${typed} går inte att läsa.`);
    expect(currentLink(site)).toBeUndefined();
  });
});
