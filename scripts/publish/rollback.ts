// Going back: `current` points at the release before it again, in the same single rename as a
// publish. The newer release stays on the site until pruned, so a rollback can itself be undone
// by publishing again.
import { EnvironmentError } from '../errors.ts';
import { sv } from '../language/index.ts';
import { openStore, type StoreOptions } from './open-store.ts';
import { previousRelease } from './release-name.ts';
import { systemErrorsAsEnvironment } from './system-error.ts';
import type { PublishTarget } from './target.ts';

export interface RollbackOptions extends StoreOptions {
  target: PublishTarget;
  dryRun?: boolean;
}

export interface RollbackResult {
  from: string;
  to: string;
  dryRun: boolean;
}

export async function rollback(options: RollbackOptions): Promise<RollbackResult> {
  const store = await openStore(options.target, options);
  return systemErrorsAsEnvironment(store.where, async () => {
    const state = await store.state();
    if (!state.current) throw new EnvironmentError(sv.publish.rollback.nothingPublished(options.target.name, store.where));
    const to = previousRelease(state.releases, state.current);
    if (!to) throw new EnvironmentError(sv.publish.rollback.noEarlier(state.current, options.target.name));
    if (!options.dryRun) await store.activate(to);
    return { from: state.current, to, dryRun: options.dryRun ?? false };
  }).finally(() => store.close());
}
