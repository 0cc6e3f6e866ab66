// Publishing over rsync and SSH to a real sshd on 127.0.0.1: the same release layout as a
// folder, a pinned host key, and the live site untouched by every failure.
import { statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EnvironmentError } from '../../scripts/errors.ts';
import { publishBuild, type PublishOptions } from '../../scripts/publish/publish-build.ts';
import { rollback } from '../../scripts/publish/rollback.ts';
import type { PublishTarget, RsyncMethod } from '../../scripts/publish/target.ts';
import { currentLink, expectedRelease, hashTree, makeDist, makeRepo, releaseFolders, siteVersion, tempDir } from './fake-site.ts';
import { sshdAvailable, startSshd, type TestSshd } from './test-sshd.ts';

const available = sshdAvailable();
if (!available) console.warn('rsync-target: hoppar över, /usr/sbin/sshd, ssh eller rsync saknas (Debian: openssh-server openssh-client rsync).');

describe.skipIf(!available)('publishing over rsync and SSH', () => {
  let temp: ReturnType<typeof tempDir>;
  let sshd: TestSshd;
  let repo: ReturnType<typeof makeRepo>;
  let dist: string;
  let site: string;

  beforeAll(async () => {
    temp = tempDir('publish-rsync-');
    sshd = await startSshd(join(temp.dir, 'sshd'));
    repo = makeRepo(join(temp.dir, 'repo'));
    dist = join(temp.dir, 'dist');
    site = join(temp.dir, 'server', 'www', 'samverkan');
  });
  afterAll(async () => {
    await sshd?.stop();
    temp?.remove();
  });

  const target = (hostKey = sshd.hostKey): PublishTarget => ({
    id: 'polisen',
    name: 'Polisens webbplats',
    baseUrl: 'https://polisen.example.se/degerfors/',
    method: { type: 'rsync', host: '127.0.0.1', port: sshd.port, user: sshd.user, path: site, hostKey },
    accessibilityContact: { url: 'https://polisen.example.se/tillganglighet' },
  });

  const publish = (overrides: Partial<PublishOptions> = {}) =>
    publishBuild({ distDir: dist, repoDir: repo.dir, target: target(), checkPassed: true, sshKeyPath: sshd.userKeyPath, ...overrides });

  let first: string;

  it('leaves exactly the manifest’s files, with their hashes, in current/', async () => {
    makeDist(dist, siteVersion('A'), repo.head());
    const result = await publish();
    first = result.release;
    expect(currentLink(site)).toBe(`releases/${result.release}`);
    expect(hashTree(join(site, 'current'))).toEqual(expectedRelease(dist));
    // The web server reads as another user.
    expect(statSync(join(site, 'current', 'index.html')).mode & 0o777).toBe(0o644);
  });

  it('refuses a server whose host key is not the pinned one, and leaves the site as it was', async () => {
    makeDist(dist, siteVersion('B'), repo.head());
    const before = { link: currentLink(site), folders: releaseFolders(site), tree: hashTree(join(site, 'current')) };
    const error = await publish({ target: target(sshd.otherHostKey) }).catch((thrown: unknown) => thrown);
    expect(error).toBeInstanceOf(EnvironmentError);
    expect((error as Error).message).toMatch(/hostKey/);
    expect((error as Error).message).not.toContain('\n');
    expect(currentLink(site)).toBe(before.link);
    expect(releaseFolders(site)).toEqual(before.folders);
    expect(hashTree(join(site, 'current'))).toEqual(before.tree);
  });

  it('a server that cannot take the upload gives one line and changes nothing', async () => {
    makeDist(dist, siteVersion('B'), repo.head());
    writeFileSync(join(temp.dir, 'server', 'en-fil'), '');
    const elsewhere = { ...target(), method: { ...(target().method as RsyncMethod), path: join(temp.dir, 'server', 'en-fil', 'www') } };
    const error = await publish({ target: elsewhere }).catch((thrown: unknown) => thrown);
    expect(error).toBeInstanceOf(EnvironmentError);
    expect((error as Error).message).toMatch(/^Kunde inte skapa mappen releases på \S+@127\.0\.0\.1: .*Not a directory\.$/);
    expect(currentLink(site)).toBe(`releases/${first}`);
  });

  it('refuses without a private key', async () => {
    await expect(publish({ sshKeyPath: undefined })).rejects.toThrow(/PUBLISH_SSH_KEY/);
  });

  it('a second publish replaces the release, sharing unchanged files with the one before', async () => {
    makeDist(dist, siteVersion('B'), repo.head());
    const dry = await publish({ dryRun: true });
    expect(dry.changes.changed).toContain('index.html');
    expect(dry.changes.changed).not.toContain('gemensam.css');
    expect(currentLink(site)).toBe(`releases/${first}`);

    const result = await publish();
    expect(currentLink(site)).toBe(`releases/${result.release}`);
    expect(hashTree(join(site, 'current'))).toEqual(expectedRelease(dist));
    // --link-dest: gemensam.css did not change, so both releases hold one copy of it.
    expect(statSync(join(site, 'current', 'gemensam.css')).ino).toBe(statSync(join(site, 'releases', first, 'gemensam.css')).ino);
    expect(releaseFolders(site)).toEqual([first, result.release]);
  });

  it('--rollback restores the previous release byte for byte', async () => {
    const back = await rollback({ target: target(), sshKeyPath: sshd.userKeyPath });
    expect(back.to).toBe(first);
    expect(currentLink(site)).toBe(`releases/${first}`);
    makeDist(dist, siteVersion('A'), repo.head());
    expect(hashTree(join(site, 'current'))).toEqual(expectedRelease(dist));
  });
});
