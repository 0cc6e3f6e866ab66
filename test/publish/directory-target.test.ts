// Publishing to a folder: the release layout, the checks before anything is written, rollback.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ContentError, EnvironmentError } from '../../scripts/errors.ts';
import { publishBuild, type PublishOptions } from '../../scripts/publish/publish-build.ts';
import { rollback } from '../../scripts/publish/rollback.ts';
import {
  currentLink,
  directoryTarget,
  expectedRelease,
  hashTree,
  makeDist,
  makeRepo,
  releaseFolders,
  siteVersion,
  tempDir,
} from './fake-site.ts';

let temp: ReturnType<typeof tempDir>;
let repo: ReturnType<typeof makeRepo>;
let site: string;
let dist: string;
let clock: number;

beforeEach(() => {
  temp = tempDir();
  repo = makeRepo(join(temp.dir, 'repo'));
  site = join(temp.dir, 'site');
  dist = join(temp.dir, 'dist');
  clock = Date.UTC(2026, 0, 1);
});
afterEach(() => temp.remove());

function publish(overrides: Partial<PublishOptions> = {}) {
  return publishBuild({
    distDir: dist,
    repoDir: repo.dir,
    target: directoryTarget(site),
    checkPassed: true,
    now: () => new Date((clock += 1000)),
    ...overrides,
  });
}

describe('publishing to a folder', () => {
  it('leaves exactly the manifest’s files, with their hashes, in current/', async () => {
    makeDist(dist, siteVersion('A'), repo.head());
    const result = await publish();
    expect(result.changes.added).toContain('index.html');
    expect(currentLink(site)).toBe(`releases/${result.release}`);
    expect(hashTree(join(site, 'current'))).toEqual(expectedRelease(dist));
    expect(hashTree(join(site, 'current')).has('.agreement-build')).toBe(false);
  });

  it('replaces the release after a content change, and says what changed', async () => {
    makeDist(dist, siteVersion('A'), repo.head());
    const first = await publish();
    const files = siteVersion('B');
    delete files['gemensam.css'];
    files['ny-sida.html'] = '<p>Ny</p>\n';
    makeDist(dist, files, repo.head());
    const second = await publish();
    expect(second.release > first.release).toBe(true);
    expect(currentLink(site)).toBe(`releases/${second.release}`);
    expect(hashTree(join(site, 'current'))).toEqual(expectedRelease(dist));
    expect(second.changes.added).toEqual(['ny-sida.html']);
    expect(second.changes.removed).toEqual(['gemensam.css']);
    expect(second.changes.changed).toContain('index.html');
  });

  it('publishes a build whose manifest leaves out the build’s mark just the same', async () => {
    makeDist(dist, siteVersion('A'), repo.head(), { listMark: false });
    await publish();
    expect(hashTree(join(site, 'current'))).toEqual(expectedRelease(dist));
  });

  it('does nothing when the site already shows the same build', async () => {
    makeDist(dist, siteVersion('A'), repo.head());
    const first = await publish();
    const again = await publish();
    expect(again).toMatchObject({ unchanged: true, release: first.release });
    expect(releaseFolders(site)).toEqual([first.release]);
  });

  it('--dry-run lists added, changed and removed files and changes nothing', async () => {
    makeDist(dist, siteVersion('A'), repo.head());
    const first = await publish();
    const files = siteVersion('A');
    files['index.html'] = 'ändrad\n';
    delete files['gemensam.css'];
    files['extra.html'] = 'ny\n';
    makeDist(dist, files, repo.head());
    const before = hashTree(join(site, 'current'));
    const dry = await publish({ dryRun: true });
    expect(dry.changes).toEqual({ added: ['extra.html'], changed: ['index.html', 'manifest.json'], removed: ['gemensam.css'] });
    expect(dry.dryRun).toBe(true);
    expect(releaseFolders(site)).toEqual([first.release]);
    expect(hashTree(join(site, 'current'))).toEqual(before);
  });

  it('keeps the last five releases and prunes older ones', async () => {
    const releases: string[] = [];
    for (let i = 0; i < 7; i += 1) {
      makeDist(dist, siteVersion(`v${i}`), repo.head());
      releases.push((await publish()).release);
    }
    expect(releaseFolders(site)).toEqual(releases.slice(2));
    expect(currentLink(site)).toBe(`releases/${releases[6]}`);
  });

  it('--rollback restores the previous release byte for byte', async () => {
    makeDist(dist, siteVersion('A'), repo.head());
    const first = await publish();
    const firstTree = hashTree(join(site, 'current'));
    const firstIndex = readFileSync(join(site, 'current', 'index.html'));
    makeDist(dist, siteVersion('B'), repo.head());
    const second = await publish();
    expect(hashTree(join(site, 'current'))).not.toEqual(firstTree);

    const dry = await rollback({ target: directoryTarget(site), dryRun: true });
    expect(dry).toEqual({ from: second.release, to: first.release, dryRun: true });
    expect(currentLink(site)).toBe(`releases/${second.release}`);

    const back = await rollback({ target: directoryTarget(site) });
    expect(back).toEqual({ from: second.release, to: first.release, dryRun: false });
    expect(hashTree(join(site, 'current'))).toEqual(firstTree);
    expect(readFileSync(join(site, 'current', 'index.html')).equals(firstIndex)).toBe(true);
    await expect(rollback({ target: directoryTarget(site) })).rejects.toThrow(EnvironmentError);
  });

  it('rollback with nothing published says so', async () => {
    await expect(rollback({ target: directoryTarget(site) })).rejects.toThrow(/Inget är publicerat/);
  });
});

describe('publishing nothing', () => {
  async function expectNothingPublished(promise: Promise<unknown>, kind: typeof ContentError | typeof EnvironmentError, message: RegExp) {
    const error = await promise.then(
      () => undefined,
      (thrown: unknown) => thrown,
    );
    expect(error).toBeInstanceOf(kind);
    expect((error as Error).message).toMatch(message);
    // One line: what the coordinator reads in the CI log.
    expect((error as Error).message).not.toContain('\n');
  }

  async function publishedA() {
    makeDist(dist, siteVersion('A'), repo.head());
    await publish();
    return { link: currentLink(site), tree: hashTree(join(site, 'current')), folders: releaseFolders(site) };
  }

  async function expectSiteStill(before: Awaited<ReturnType<typeof publishedA>>) {
    expect(currentLink(site)).toBe(before.link);
    expect(hashTree(join(site, 'current'))).toEqual(before.tree);
    expect(releaseFolders(site)).toEqual(before.folders);
  }

  it('when the check fails', async () => {
    const before = await publishedA();
    makeDist(dist, siteVersion('B'), repo.head());
    await expectNothingPublished(publish({ checkPassed: false }), ContentError, /Kontrollen/);
    await expectNothingPublished(publish({ checkPassed: async () => false }), ContentError, /Kontrollen/);
    await expectSiteStill(before);
  });

  it('when the build was made from another commit', async () => {
    const before = await publishedA();
    const old = repo.head();
    repo.commit('text.md', 'Andra utgåvan\n');
    makeDist(dist, siteVersion('B'), old);
    await expectNothingPublished(publish(), EnvironmentError, /commit/);
    await expectSiteStill(before);
  });

  it('when tracked content has changed since the commit', async () => {
    const before = await publishedA();
    writeFileSync(join(repo.dir, 'text.md'), 'Ändrad men inte incheckad\n');
    makeDist(dist, siteVersion('B'), repo.head());
    await expectNothingPublished(publish(), EnvironmentError, /incheckade/);
    await expectSiteStill(before);
  });

  it('when the manifest names no commit', async () => {
    makeDist(dist, siteVersion('A'), null);
    await expectNothingPublished(publish(), EnvironmentError, /commit/);
    expect(existsSync(site)).toBe(false);
  });

  it('when a file changed, appeared or went missing after the build', async () => {
    const before = await publishedA();
    makeDist(dist, siteVersion('B'), repo.head());
    writeFileSync(join(dist, 'index.html'), 'ändrad efter bygget');
    await expectNothingPublished(publish(), EnvironmentError, /index\.html har ändrats/);
    makeDist(dist, siteVersion('B'), repo.head());
    writeFileSync(join(dist, 'okand.html'), 'x');
    await expectNothingPublished(publish(), EnvironmentError, /okand\.html finns i mappen/);
    await expectSiteStill(before);
  });

  it('when the manifest names a path outside the release', async () => {
    makeDist(dist, siteVersion('A'), repo.head());
    const manifest = JSON.parse(readFileSync(join(dist, 'manifest.json'), 'utf8')) as { files: { path: string }[] };
    manifest.files[0]!.path = '../utanför.html';
    writeFileSync(join(dist, 'manifest.json'), JSON.stringify(manifest));
    await expectNothingPublished(publish(), EnvironmentError, /otillåten sökväg/);
  });

  it('when the target folder cannot be written, with one line', async () => {
    makeDist(dist, siteVersion('A'), repo.head());
    writeFileSync(join(temp.dir, 'en-fil'), '');
    await expectNothingPublished(
      publish({ target: directoryTarget(join(temp.dir, 'en-fil', 'site')) }),
      EnvironmentError,
      /^Kunde inte publicera till .*en-fil\/site: ENOTDIR/,
    );
  });

  it('when current is a folder publishing did not make', async () => {
    makeDist(dist, siteVersion('A'), repo.head());
    mkdirSync(join(site, 'current'), { recursive: true });
    writeFileSync(join(site, 'current', 'index.html'), 'handgjord');
    await expectNothingPublished(publish(), EnvironmentError, /inte en länk/);
    expect(readFileSync(join(site, 'current', 'index.html'), 'utf8')).toBe('handgjord');
  });
});
