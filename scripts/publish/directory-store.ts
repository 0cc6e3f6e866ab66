// A site that is a folder on this machine (a web server's document root on the build host, or a
// test). The same release layout as on a server: releases/<name>/ and a relative `current` link.
import { chmod, copyFile, link, lstat, mkdir, readdir, readFile, readlink, rename, rm, symlink } from 'node:fs/promises';
import { dirname, join, relative, sep } from 'node:path';
import { EnvironmentError } from '../errors.ts';
import { sv } from '../language/index.ts';
import { isIncomingName, isReleaseName, sortReleases } from './release-name.ts';
import { CURRENT, NOT_A_FILE, RELEASES, releaseFromLink, type ReleaseStore, type SiteState } from './release-store.ts';
import { sha256Hex } from '../model/digest.ts';
import type { VerifiedBuild } from './verify-build.ts';

export function directoryStore(root: string): ReleaseStore {
  const releasesDir = join(root, RELEASES);
  return {
    where: root,

    async state(): Promise<SiteState> {
      const entries = await readdir(releasesDir).catch(ifMissing([] as string[]));
      return { current: await currentRelease(root), releases: sortReleases(entries), incomplete: entries.filter(isIncomingName) };
    },

    async hashes(folder) {
      const dir = join(releasesDir, folder);
      const result = new Map<string, string>();
      for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) {
        const path = relative(dir, join(entry.parentPath, entry.name)).split(sep).join('/');
        if (entry.isFile()) result.set(path, sha256Hex(await readFile(join(dir, path))));
        else if (!entry.isDirectory()) result.set(path, NOT_A_FILE);
      }
      return result;
    },

    async upload(build: VerifiedBuild, incoming, linkFrom) {
      const dir = join(releasesDir, incoming);
      await rm(dir, { recursive: true, force: true });
      await mkdir(dir, { recursive: true, mode: 0o755 });
      const previous = linkFrom ? await this.hashes(linkFrom).catch(() => new Map<string, string>()) : new Map<string, string>();
      for (const file of build.files) {
        const target = join(dir, file.path);
        await mkdir(dirname(target), { recursive: true, mode: 0o755 });
        // Like rsync --link-dest: an unchanged file is shared with the live release, not copied again.
        if (linkFrom && previous.get(file.path) === file.sha256) {
          await link(join(releasesDir, linkFrom, file.path), target);
        } else {
          await copyFile(join(build.dir, file.path), target);
          // The web server reads as another user, whatever the umask of the build.
          await chmod(target, 0o644);
        }
      }
    },

    async activate(release, fromIncoming) {
      if (!isReleaseName(release)) throw new Error(`not a release name: ${release}`);
      if (fromIncoming) await rename(join(releasesDir, fromIncoming), join(releasesDir, release));
      const stat = await lstat(join(releasesDir, release));
      if (!stat.isDirectory()) throw new EnvironmentError(sv.publish.releases.notAFolder(join(releasesDir, release)));
      const temporary = join(root, `${CURRENT}.tmp`);
      await rm(temporary, { force: true });
      await symlink(`${RELEASES}/${release}`, temporary);
      // rename(2) replaces the old link in one step: a reader sees the old release or the new one.
      await rename(temporary, join(root, CURRENT));
    },

    async remove(folders) {
      for (const folder of folders) {
        if (!isReleaseName(folder) && !isIncomingName(folder)) throw new Error(`not a release folder: ${folder}`);
        await rm(join(releasesDir, folder), { recursive: true, force: true });
      }
    },

    async close() {},
  };
}

async function currentRelease(root: string): Promise<string | undefined> {
  const path = join(root, CURRENT);
  const stat = await lstat(path).catch(ifMissing(undefined));
  if (!stat) return undefined;
  const release = stat.isSymbolicLink() ? releaseFromLink(await readlink(path)) : undefined;
  if (!release) {
    throw new EnvironmentError(sv.publish.releases.currentNotARelease(path, RELEASES));
  }
  return release;
}

function ifMissing<T>(value: T) {
  return (error: NodeJS.ErrnoException): T => {
    if (error.code === 'ENOENT') return value;
    throw error;
  };
}
