// Where publishing's targets come from: the site configuration as the content check read it,
// or a file of targets alone (--targets) read by the same YAML parser, the same precompiled
// validators and the same duplicate-id finder as the check's. Either way a problem is a message
// on the file with its line and column.
import { readFile } from 'node:fs/promises';
import { posix } from 'node:path';
import { VFile } from 'vfile';
import { EnvironmentError } from '../errors.ts';
import { sv } from '../language/index.ts';
import { AGREEMENT_DIR, SITE_FILE } from '../load/paths.ts';
import { parseYaml } from '../load/parse-yaml.ts';
import type { Content } from '../model/model.ts';
import { hasErrors, report } from '../report/problem.ts';
import uniqueIds, { reportDuplicateTargets } from '../rules/unique-ids.ts';
import { validateAgainstSchema } from '../validate/schema.ts';
import type { PublishTarget } from './target.ts';

/** The targets, or the file whose problems (reported on it) keep them from being read. */
export type TargetsRead = { ok: true; targets: readonly PublishTarget[] } | { ok: false; file: VFile };

type TargetsData = { targets?: readonly PublishTarget[] };

const SITE_PATH = posix.join(AGREEMENT_DIR, SITE_FILE);

const words = sv.publish.targetsFile;

/**
 * The targets of agreement/webbplats.yaml as the content was checked (checkContent): none
 * without the file, and none from a file with errors. The check reports two targets with one id
 * (rule unique-ids), so a rollback, which runs no check of its own, never picks one of them.
 */
export function siteTargets(content: Content): TargetsRead {
  const file = content.files.find((candidate) => candidate.path === SITE_PATH);
  if (!file) return { ok: true, targets: [] };
  // Not loaded (the loader's problems are on it), or loaded with problems the rules found.
  if (hasErrors([file])) return { ok: false, file };
  return { ok: true, targets: content.site.targets };
}

/** A file of the shape `targets: [...]`, outside the content (npm run publish -- --targets <fil>). */
export async function targetsFile(path: string): Promise<TargetsRead> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code === 'ENOENT' ? words.missing : ((error as Error).message.split('\n')[0] ?? '');
    throw new EnvironmentError(words.unreadable(path, reason));
  }
  const file = new VFile({ path, value: text });
  const source = parseYaml(file, text);
  if (!source || !validateAgainstSchema<Required<TargetsData>>(source, 'publishTargets')) return { ok: false, file };
  // Outside the content, so in no site's language: Swedish (sv), as before the content is read.
  reportDuplicateTargets(source, (into, problem) => report(into, { ...problem, ruleId: uniqueIds.id }), sv.rules['unique-ids']);
  return hasErrors([file]) ? { ok: false, file } : { ok: true, targets: source.data.targets };
}
