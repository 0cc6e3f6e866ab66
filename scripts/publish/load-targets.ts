// Reads the publishing targets from a YAML file ({ targets: [...] }). The one place that knows
// where targets come from: the site configuration will take its place, with the same schema.
import { readFile } from 'node:fs/promises';
import ajv2020Module, { type ErrorObject } from 'ajv/dist/2020.js';
import { parse } from 'yaml';
import { EnvironmentError, UsageError } from '../errors.ts';
import type { PublishTarget } from './target.ts';
// Imported, not read from a folder: it travels with the compiled code (.tsbuild/), wherever it runs.
import schema from '../../schema/publish-target.schema.json' with { type: 'json' };

// CommonJS under NodeNext: the default import is module.exports, the class is on .default.
const Ajv2020 = ajv2020Module.default;

export async function loadTargets(file: string): Promise<PublishTarget[]> {
  let data: unknown;
  try {
    data = parse(await readFile(file, 'utf8'));
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'filen finns inte' : (error as Error).message.split('\n')[0];
    throw new EnvironmentError(`Kan inte läsa publiceringsmålen i ${file}: ${reason}.`);
  }
  const targets = (data as { targets?: unknown } | null)?.targets;
  if (!Array.isArray(targets)) throw new EnvironmentError(`${file} saknar en lista targets: med publiceringsmål.`);
  const validate = new Ajv2020({ allErrors: true, strict: true }).compile<PublishTarget>(schema);
  targets.forEach((target, index) => {
    if (!validate(target)) throw new EnvironmentError(`${file}: targets[${index}] stämmer inte med schema/publish-target.schema.json: ${describe(validate.errors)}.`);
  });
  const ids = (targets as PublishTarget[]).map((target) => target.id);
  const twice = ids.find((id, index) => ids.indexOf(id) !== index);
  if (twice) throw new EnvironmentError(`${file}: målet "${twice}" finns två gånger.`);
  return targets as PublishTarget[];
}

/** The target the user named, or a usage error that lists the ones there are. */
export function findTarget(targets: readonly PublishTarget[], id: string): PublishTarget {
  const target = targets.find((candidate) => candidate.id === id);
  if (!target) throw new UsageError(`Okänt publiceringsmål "${id}". Målen som finns: ${targets.map((t) => t.id).join(', ') || '(inga)'}.`);
  return target;
}

function describe(errors: ErrorObject[] | null | undefined): string {
  // oneOf reports every branch; the first error with the deepest path is the one to read.
  const sorted = [...(errors ?? [])].sort((a, b) => b.instancePath.length - a.instancePath.length);
  const first = sorted[0];
  return first ? `${first.instancePath || '/'} ${first.message ?? ''}`.trim() : 'okänt fel';
}
