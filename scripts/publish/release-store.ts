// The few operations publishing needs from a site, whatever carries the files there. Each
// one either completes or leaves `current` where it was; only `activate` moves it.
import type { VerifiedBuild } from './verify-build.ts';

export interface SiteState {
  /** The release `current` points at; undefined before the first publish. */
  current: string | undefined;
  /** Complete releases, oldest first. */
  releases: string[];
  /** Uploads that never finished (their folders start with INCOMING_PREFIX). */
  incomplete: string[];
}

export interface ReleaseStore {
  /** Where the site is, for messages: a folder, or user@host:/path. */
  readonly where: string;
  state(): Promise<SiteState>;
  /** path → SHA-256 of every file in a folder under releases/; anything but a regular file hashes as "not-a-file". */
  hashes(folder: string): Promise<Map<string, string>>;
  /** Copies the build into releases/<incoming>, sharing unchanged files with releases/<linkFrom> where the medium can. */
  upload(build: VerifiedBuild, incoming: string, linkFrom: string | undefined): Promise<void>;
  /** Renames releases/<fromIncoming> to releases/<release> when given, then points `current` at it in one rename. */
  activate(release: string, fromIncoming?: string): Promise<void>;
  /** Deletes folders under releases/. */
  remove(folders: readonly string[]): Promise<void>;
  /** Frees what the store holds locally (temporary key files). */
  close(): Promise<void>;
}

export const NOT_A_FILE = 'not-a-file';
export const CURRENT = 'current';
export const RELEASES = 'releases';

/** `current` links to "releases/<name>"; anything else was not made by publishing and is not touched. */
export function releaseFromLink(link: string): string | undefined {
  const match = /^releases\/([^/]+)\/?$/.exec(link);
  return match?.[1];
}
