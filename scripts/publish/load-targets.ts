// Where publishing's targets come from: the site configuration as the content loader read it,
// or a file of targets alone (--targets) read by the same YAML parser and the same precompiled
// validators. Either way a problem is a message on the file with its line and column.
import { readFile } from 'node:fs/promises';
import { posix } from 'node:path';
import { VFile } from 'vfile';
import { EnvironmentError, UsageError } from '../errors.ts';
import { AGREEMENT_DIR, SITE_FILE } from '../load/paths.ts';
import { parseYaml } from '../load/parse-yaml.ts';
import type { Content, YamlSource } from '../model/model.ts';
import { report } from '../report/problem.ts';
import { validateAgainstSchema } from '../validate/schema.ts';
import type { PublishTarget } from './target.ts';

/** The targets, or the file whose problems (reported on it) keep them from being read. */
export type TargetsRead = { ok: true; targets: readonly PublishTarget[] } | { ok: false; file: VFile };

type TargetsData = { targets?: readonly PublishTarget[] };

const SITE_PATH = posix.join(AGREEMENT_DIR, SITE_FILE);

/** The targets of agreement/webbplats.yaml as the content was loaded: none without the file. */
export function siteTargets(content: Content): TargetsRead {
  const source = content.siteSource;
  if (source) return uniqueTargets(source);
  // Not loaded: either there is no such file, or its problems are already on it.
  const file = content.files.find((candidate) => candidate.path === SITE_PATH);
  return file ? { ok: false, file } : { ok: true, targets: [] };
}

/** A file of the shape `targets: [...]`, outside the content (npm run publish -- --targets <fil>). */
export async function targetsFile(path: string): Promise<TargetsRead> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'filen finns inte' : (error as Error).message.split('\n')[0];
    throw new EnvironmentError(`Kan inte läsa publiceringsmålen i ${path}: ${reason}.`);
  }
  const file = new VFile({ path, value: text });
  const source = parseYaml(file, text);
  if (!source || !validateAgainstSchema<Required<TargetsData>>(source, 'publishTargets')) return { ok: false, file };
  return uniqueTargets(source);
}

/** The target the user named, or a usage error that lists the ones there are. */
export function findTarget(targets: readonly PublishTarget[], id: string): PublishTarget {
  const target = targets.find((candidate) => candidate.id === id);
  if (!target) throw new UsageError(`Okänt publiceringsmål "${id}". Målen som finns: ${targets.map((t) => t.id).join(', ') || '(inga)'}.`);
  return target;
}

/**
 * Schema-valid targets, unless two share an id: the id is what `npm run publish -- <id>` names,
 * so one of them could never be reached. A JSON Schema cannot say "unique by key"; this does,
 * for both the site configuration and a --targets file.
 */
function uniqueTargets(source: YamlSource<TargetsData>): TargetsRead {
  const targets = source.data.targets ?? [];
  const first = new Map<string, number>();
  let twice = false;
  targets.forEach(({ id }, index) => {
    const earlier = first.get(id);
    if (earlier === undefined) {
      first.set(id, index);
      return;
    }
    twice = true;
    report(source.file, {
      ruleId: 'publish-targets',
      severity: 'error',
      place: source.locate(['targets', index, 'id']),
      reason: `Publiceringsmålet "${id}" finns redan på rad ${source.locate(['targets', earlier, 'id']).start.line}.`,
      fix: 'Varje mål behöver ett eget id, det som skrivs i npm run publish -- <id>: byt id på det ena målet eller ta bort det.',
    });
  });
  return twice ? { ok: false, file: source.file } : { ok: true, targets };
}
