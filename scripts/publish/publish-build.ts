// Publishing a build: verify it, upload it beside the live release, verify the upload, then
// switch `current` in one rename and prune. Until that rename nothing a reader sees has
// changed, so every failure before it leaves the site exactly as it was.
import { ContentError, EnvironmentError } from '../errors.ts';
import { sv } from '../language/index.ts';
import { diffReleases, hasChanges, type ReleaseChanges } from './diff.ts';
import { openStore, type StoreOptions } from './open-store.ts';
import { INCOMING_PREFIX, nextReleaseName, releasesToPrune } from './release-name.ts';
import { RELEASES, type ReleaseStore } from './release-store.ts';
import { systemErrorsAsEnvironment } from './system-error.ts';
import type { PublishTarget } from './target.ts';
import { verifyBuild, type VerifiedBuild } from './verify-build.ts';
import { verifySource } from './verify-source.ts';

export const DEFAULT_KEEP = 5;

const words = sv.publish;

export interface PublishOptions extends StoreOptions {
  /** The built folder (dist/) with its manifest.json. */
  distDir: string;
  /** The git work tree the build must come from. */
  repoDir: string;
  target: PublishTarget;
  /** The content check: publishing refuses content the check rejects, even if a build exists. */
  checkPassed: boolean | (() => boolean | Promise<boolean>);
  dryRun?: boolean;
  /** How many releases stay on the site; the live one and its predecessor always do. */
  keep?: number;
  now?: () => Date;
  /** Progress lines for people. */
  log?: (line: string) => void;
  /** Warnings for people: what was published but may not be what was meant. */
  warn?: (line: string) => void;
}

export interface PublishResult {
  /** The release that is (or with --dry-run would be) live. */
  release: string;
  /** What changes on the site compared with the release that was live. */
  changes: ReleaseChanges;
  /** True when the site already showed exactly this build: nothing was uploaded. */
  unchanged: boolean;
  dryRun: boolean;
  pruned: string[];
}

export async function publishBuild(options: PublishOptions): Promise<PublishResult> {
  const log = options.log ?? (() => {});
  const passed = typeof options.checkPassed === 'function' ? await options.checkPassed() : options.checkPassed;
  if (!passed) throw new ContentError(words.checkFailed);
  const build = await verifyBuild(options.distDir);
  await verifySource(options.repoDir, build.commit);
  // A site's build carries that site's addresses and accessibility statement: never another site's.
  if (build.site !== null && build.site !== options.target.id) {
    throw new EnvironmentError(words.otherSite(options.distDir, build.site, options.target.id));
  }
  if (build.site === null) options.warn?.(words.notForSite(options.target.id));

  const store = await openStore(options.target, options);
  return systemErrorsAsEnvironment(store.where, async () => {
    const state = await store.state();
    const live = state.current ? await store.hashes(state.current) : new Map<string, string>();
    const next = new Map(build.files.map((file) => [file.path, file.sha256]));
    const changes = diffReleases(live, next);
    if (state.current && !hasChanges(changes)) {
      log(words.alreadyLive(options.target.name, state.current));
      return { release: state.current, changes, unchanged: true, dryRun: options.dryRun ?? false, pruned: [] };
    }
    const release = nextReleaseName(state.releases, build.commit, (options.now ?? (() => new Date()))());
    if (options.dryRun) return { release, changes, unchanged: false, dryRun: true, pruned: [] };

    const incoming = `${INCOMING_PREFIX}${release}`;
    log(words.uploading(`${store.where}/${RELEASES}/${release}`));
    try {
      await store.upload(build, incoming, state.current);
      await verifyUpload(store, incoming, build);
      await store.activate(release, incoming);
    } catch (error) {
      // The live release was never touched; what was half uploaded goes.
      await store.remove([incoming]).catch(() => {});
      throw error;
    }
    log(words.live(options.target.name, release));

    const pruned = [...releasesToPrune([...state.releases, release], options.keep ?? DEFAULT_KEEP, [release, state.current]), ...state.incomplete];
    try {
      await store.remove(pruned);
    } catch (error) {
      // The new release is live; leftovers only cost disk space and go at the next publish.
      log(words.pruneFailed((error as Error).message));
      return { release, changes, unchanged: false, dryRun: false, pruned: [] };
    }
    return { release, changes, unchanged: false, dryRun: false, pruned };
  }).finally(() => store.close());
}

/** The server holds exactly the build's files, byte for byte by hash, before anyone can see them. */
async function verifyUpload(store: ReleaseStore, folder: string, build: VerifiedBuild): Promise<void> {
  const uploaded = await store.hashes(folder);
  const expected = new Map(build.files.map((file) => [file.path, file.sha256]));
  const changes = diffReleases(expected, uploaded);
  if (hasChanges(changes)) {
    const first = changes.changed[0] ?? changes.added[0] ?? changes.removed[0];
    throw new EnvironmentError(words.uploadDiffers(store.where, first));
  }
}
