// Where publishing's targets come from: the site configuration as the content check read it,
// or a file of targets alone (--targets) read by the same YAML parser, the same precompiled
// validators and the same duplicate-id finder as the check's. Either way a problem is a message
// on the file with its line and column.
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { VFile } from 'vfile';
import { EnvironmentError } from '../errors.ts';
import { type Language, sv } from '../language/index.ts';
import { parseYaml } from '../load/parse-yaml.ts';
import type { Content } from '../model/model.ts';
import { SITE_PATH, siteTargetList, type TargetList } from '../model/site.ts';
import { hasErrors, report } from '../report/problem.ts';
import uniqueIds, { reportDuplicateTargets } from '../rules/unique-ids.ts';
import { validateAgainstSchema } from '../validate/schema.ts';
import type { PublishTarget } from './target.ts';

/**
 * The targets, or the file whose problems (reported on it) keep them from being read; either
 * way with the words to say so in: the site's language once the content is read, else Swedish.
 */
export type TargetsRead = ({ ok: true } & TargetList) | { ok: false; file: VFile; words: Language };

type TargetsData = { targets: readonly PublishTarget[] };

const words = sv.publish.targetsFile;

/**
 * The targets of agreement/webbplats.yaml as the content was checked (checkContent), in the
 * site's language: none without the file, and none from a file with errors. The check reports
 * two targets with one id (rule unique-ids), so neither a publish nor a rollback picks one of them.
 */
export function siteTargets(content: Content): TargetsRead {
  const list = siteTargetList(content.site);
  const file = content.files.find((candidate) => candidate.path === SITE_PATH);
  // Not loaded (the loader's problems are on it), or loaded with problems the rules found.
  if (file && hasErrors([file])) return { ok: false, file, words: list.words };
  return { ok: true, ...list };
}

/**
 * A file of the shape `targets: [...]`, outside the content (npm run publish -- --targets <fil>):
 * `path` as the user gave it, which the messages name, read relative to `cwd`.
 */
export async function targetsFile(path: string, cwd: string): Promise<TargetsRead> {
  let text: string;
  try {
    text = await readFile(resolve(cwd, path), 'utf8');
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code === 'ENOENT' ? words.missing : ((error as Error).message.split('\n')[0] ?? '');
    throw new EnvironmentError(words.unreadable(path, reason));
  }
  const file = new VFile({ path, cwd, value: text });
  const source = parseYaml(file, text);
  if (!source || !validateAgainstSchema<TargetsData>(source, 'publishTargets')) return { ok: false, file, words: sv };
  // Outside the content, so in no site's language: Swedish (sv), as before the content is read.
  reportDuplicateTargets(source, (into, problem) => report(into, { ...problem, ruleId: uniqueIds.id }), sv.rules['unique-ids']);
  return hasErrors([file]) ? { ok: false, file, words: sv } : { ok: true, targets: source.data.targets, source: path, words: sv };
}
