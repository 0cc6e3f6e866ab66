// A publishing target as the site configuration describes it: the types generated from
// schema/publish-target.schema.json, under the names publishing code reads best with.
import { UsageError } from '../errors.ts';
import type { Language } from '../language/index.ts';
import type { Directory, PublishTargetData, Rsync } from '../model/model.ts';

export type PublishTarget = PublishTargetData;
export type DirectoryMethod = Directory;
export type RsyncMethod = Rsync;
export type AccessibilityContact = PublishTarget['accessibilityContact'];

/** The target named by npm run publish -- <id> or npm run build -- --site <id>, or a usage error that lists the ones there are. */
export function findTarget(targets: readonly PublishTarget[], id: string, words: Language): PublishTarget {
  const target = targets.find((candidate) => candidate.id === id);
  if (!target) throw new UsageError(words.publish.unknownTarget(id, targets.map((candidate) => candidate.id)));
  return target;
}
