// A publishing target as the site configuration describes it: the types generated from
// schema/publish-target.schema.json, under the names publishing code reads best with.
import type { Directory, PublishTargetData, Rsync } from '../model/model.ts';

export type PublishTarget = PublishTargetData;
export type DirectoryMethod = Directory;
export type RsyncMethod = Rsync;
export type AccessibilityContact = PublishTarget['accessibilityContact'];
