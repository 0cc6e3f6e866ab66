// A reader polling current/ while a publish runs only ever sees one complete release: the old
// one until the switch, the new one after, never a mix, a partial file or nothing at all.
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { publishBuild } from '../../scripts/publish/publish-build.ts';
import type { PublishTarget } from '../../scripts/publish/target.ts';
import { directoryTarget, expectedRelease, makeDist, makeRepo, siteVersion, tempDir } from './fake-site.ts';
import { startReader } from './site-reader.ts';
import { sshdAvailable, startSshd, type TestSshd } from './test-sshd.ts';

let temp: ReturnType<typeof tempDir>;
let sshd: TestSshd | undefined;
beforeEach(() => {
  temp = tempDir('publish-atomic-');
});
afterEach(async () => {
  await sshd?.stop();
  sshd = undefined;
  temp.remove();
});

async function expectOneReleaseAtATime(target: (site: string) => PublishTarget, sshKeyPath?: string) {
  const repo = makeRepo(join(temp.dir, 'repo'));
  const site = join(temp.dir, 'site');
  const publish = (dist: string) => publishBuild({ distDir: dist, repoDir: repo.dir, target: target(site), checkPassed: true, sshKeyPath });
  const distA = makeDist(join(temp.dir, 'dist-a'), siteVersion('A', 20), repo.head());
  // Many files, so the upload takes long enough for the reader to look many times.
  const distB = makeDist(join(temp.dir, 'dist-b'), siteVersion('B', 60), repo.head());
  await publish(distA);

  const reader = await startReader(site);
  await publish(distB);
  await new Promise((resolve) => setTimeout(resolve, 50));
  const seen = await reader.stop();

  const releaseOf = (dist: string) => {
    const files = expectedRelease(dist);
    return { index: files.get('index.html')!, manifest: files.get('manifest.json')! };
  };
  const a = releaseOf(distA);
  const b = releaseOf(distB);
  expect(seen.errors).toEqual([]);
  expect(seen.reads).toBeGreaterThan(10);
  expect(new Set(seen.files)).toEqual(
    new Set([`index.html ${a.index}`, `index.html ${b.index}`, `manifest.json ${a.manifest}`, `manifest.json ${b.manifest}`]),
  );
  expect(new Set(seen.pairs)).toEqual(new Set([`${a.index} ${a.manifest}`, `${b.index} ${b.manifest}`]));
}

describe('a reader during a publish', () => {
  it('sees one complete release at a time in a folder', async () => {
    await expectOneReleaseAtATime(directoryTarget);
  });

  it.skipIf(!sshdAvailable())('sees one complete release at a time over rsync and SSH', async () => {
    sshd = await startSshd(join(temp.dir, 'sshd'));
    const server = sshd;
    await expectOneReleaseAtATime(
      (site) => ({
        ...directoryTarget(site),
        method: { type: 'rsync', host: '127.0.0.1', port: server.port, user: server.user, path: site, hostKey: server.hostKey },
      }),
      server.userKeyPath,
    );
  });
});
