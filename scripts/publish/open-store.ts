// From a target's method to the store that carries files there.
import { directoryStore } from './directory-store.ts';
import type { ReleaseStore } from './release-store.ts';
import { rsyncStore } from './rsync-store.ts';
import type { PublishTarget } from './target.ts';

export interface StoreOptions {
  /** Path to the SSH private key for rsync targets; the command layer reads it from PUBLISH_SSH_KEY. */
  sshKeyPath?: string;
}

export async function openStore(target: PublishTarget, options: StoreOptions = {}): Promise<ReleaseStore> {
  switch (target.method.type) {
    case 'directory':
      return directoryStore(target.method.path);
    case 'rsync':
      return rsyncStore(target.method, options.sshKeyPath);
  }
}
