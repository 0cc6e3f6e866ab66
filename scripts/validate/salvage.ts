// What of an edition.yaml that failed its schema can still be checked against the other files. The
// schema errors are reported already; the rules need a value of the schema's shape to run on.
import type { ErrorObject, ValidateFunction } from 'ajv';
import type { VFile } from 'vfile';
import type { SchemaName } from './schemas.ts';
import * as validators from './validators.generated.ts';

interface Salvaged<T> {
  data: T;
  /** The required keys that were missing or wrong, whose stand-ins were used. */
  standIns: string[];
}

declare module 'vfile' {
  interface DataMap {
    /** Set by the loader on a YAML file it salvaged: the keys whose values it made up. */
    standIns: string[];
  }
}

/**
 * The keys of a file's data that the loader stood in for (salvage below): a finding that rests
 * on one is about a made-up value, wherever it lands. Rules see the file on the data's source.
 */
export function standIns(file: VFile): readonly string[] {
  return file.data.standIns ?? [];
}

/**
 * An edition.yaml's data, which its schema rejected, with every top-level key the schema rejects
 * (an unknown key, or a known key with a wrong value anywhere below it) taken out, and each
 * required key that is then missing taken from `standIns`. Each key kept is one the schema had
 * nothing against. Undefined when the data is not a mapping at all.
 */
export function salvage<T extends object>(data: unknown, standIns: T): Salvaged<T> | undefined {
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return undefined;
  const validate = (validators as Record<SchemaName, ValidateFunction>).edition;
  // Again, for the errors: the data was rejected when it was loaded.
  validate(data);
  const rejected = new Set((validate.errors ?? []).flatMap(topLevelKey));
  const kept = Object.fromEntries(Object.entries(data).filter(([key]) => !rejected.has(key)));
  const missing = Object.keys(standIns).filter((key) => !(key in kept));
  return { data: { ...standIns, ...kept }, standIns: missing };
}

/** The top-level key an error is about; none for an error about the whole mapping (a missing key). */
function topLevelKey(error: ErrorObject): string[] {
  const [first] = error.instancePath.split('/').slice(1);
  if (first !== undefined) return [first.replace(/~1/g, '/').replace(/~0/g, '~')];
  return error.keyword === 'additionalProperties' ? [String((error.params as { additionalProperty: unknown }).additionalProperty)] : [];
}
