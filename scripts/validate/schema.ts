// Validates YAML data against the JSON Schemas in schema/ and turns ajv's error objects into
// problems at the key or value they concern, with a hint drawn from the schema.
import type { ErrorObject, ValidateFunction } from 'ajv';
import localizeSvModule from 'ajv-i18n/localize/sv/index.js';
import { location } from 'vfile-location';
import { type LanguageCode, sv } from '../language/index.ts';
import type { DataPath, Place, YamlSource } from '../model/model.ts';
import { report } from '../report/problem.ts';
import type { SchemaName } from './schemas.ts';
import * as validators from './validators.generated.ts';

export type { SchemaName } from './schemas.ts';

// CommonJS: under NodeNext the default import is `module.exports`, here the function itself.
type Localize = (errors?: ErrorObject[] | null) => void;
const asLocalize = (module: unknown): Localize => (module as { default?: Localize }).default ?? (module as Localize);

/** Puts ajv's own messages (error.message) into each language; kept out of the language module, which is words only. */
const LOCALIZE: Record<LanguageCode, Localize> = { sv: asLocalize(localizeSvModule) };

// Validation is part of loading, before the site configuration is known (it is one of the files
// validated): the words are Swedish (sv) directly.
const words = sv.load.schema;
const localize = LOCALIZE.sv;

/** True when the data fits the schema; otherwise every violation is reported on the file. */
export function validateAgainstSchema<T>(source: YamlSource<unknown>, schema: SchemaName): source is YamlSource<T> {
  const validate = (validators as Record<SchemaName, ValidateFunction>)[schema];
  if (validate(source.data)) return true;
  const errors = relevantErrors(validate.errors ?? []);
  localize(errors);
  for (const error of errors) {
    const path = toPath(error.instancePath);
    const { reason, fix, place } = explain(error, path, describePath(path), source);
    report(source.file, { ruleId: 'schema', severity: 'error', place, reason, fix });
  }
  return false;
}

/** Keywords that test a string's characters: a stray character explains their failure best. */
const CHARACTER_KEYWORDS = new Set(['pattern', 'enum', 'const', 'format']);

function explain(error: ErrorObject, path: DataPath, where: string, source: YamlSource<unknown>): { reason: string; fix: string; place: Place } {
  // The value first, so that a value with none does not send the search through the file.
  const hasStray = typeof error.data === 'string' && CHARACTER_KEYWORDS.has(error.keyword) && [...error.data].some(words.isStray);
  const stray = hasStray ? strayCharacter(source, path) : undefined;
  if (stray) return { ...words.strayCharacter(where, stray.character, stray.place.start.column), place: stray.place };
  const { at, key, ...message } = explainKeyword(error, path, where, source);
  return { ...message, place: source.locate(at, key) };
}

function explainKeyword(error: ErrorObject, path: DataPath, where: string, source: YamlSource<unknown>) {
  const description = (error.parentSchema as { description?: string } | undefined)?.description;
  const params = error.params as Record<string, unknown>;
  switch (error.keyword) {
    case 'additionalProperties': {
      const name = String(params.additionalProperty);
      const allowed = Object.keys((error.parentSchema as { properties?: object }).properties ?? {});
      return { ...words.unknownKey(name, where, allowed), at: [...path, name], key: true };
    }
    case 'required': {
      const name = String(params.missingProperty);
      const property = (error.parentSchema as { properties?: Record<string, { description?: string }> }).properties?.[name];
      return { ...words.missingKey(name, where, property?.description), at: path, key: true };
    }
    case 'enum':
      return {
        ...words.notAllowed(where, JSON.stringify(error.data), (params.allowedValues as unknown[]).map((value) => JSON.stringify(value)), description),
        at: path,
        key: false,
      };
    case 'oneOf':
    case 'anyOf':
      return { ...words.wrongShape(where, JSON.stringify(error.data), description), at: path, key: false };
    case 'pattern':
      return { ...words.wrongForm(where, JSON.stringify(error.data), description), at: path, key: false };
    case 'type': {
      const expected = String(params.type);
      const last = path[path.length - 1];
      if (expected === 'string' && last !== undefined && (typeof error.data === 'number' || typeof error.data === 'boolean')) {
        // As written, not as read: "2.10" is read as the number 2.1.
        const written = writtenValue(source, path) ?? String(error.data);
        return { ...words.quoteIt(where, typeof last === 'string' ? `${last}: "${written}"` : `- "${written}"`), at: path, key: false };
      }
      return { ...words.wrongType(where, expected, description), at: path, key: false };
    }
    default:
      return { ...words.invalid(where, error.message, description), at: path, key: false };
  }
}

/** The value at `path` as it stands in the file, with the offset of its start and the file's points. */
function valueSpan(source: YamlSource<unknown>, path: DataPath) {
  const text = String(source.file.value);
  const points = location(source.file);
  const place = source.locate(path);
  const start = points.toOffset(place.start) ?? text.length;
  const lineEnd = text.indexOf('\n', start) === -1 ? text.length : text.indexOf('\n', start);
  const end = place.end ? (points.toOffset(place.end) ?? text.length) : lineEnd;
  return { text: text.slice(start, end), start, points };
}

function writtenValue(source: YamlSource<unknown>, path: DataPath): string | undefined {
  return valueSpan(source, path).text.trim() || undefined;
}

/** The first character in the value that loading names (sv.load.schema.isStray), where it stands in the file. */
function strayCharacter(source: YamlSource<unknown>, path: DataPath): { character: string; place: Place } | undefined {
  const span = valueSpan(source, path);
  const index = [...span.text].findIndex(words.isStray);
  if (index === -1) return undefined;
  const character = [...span.text][index]!;
  const offset = span.start + [...span.text].slice(0, index).join('').length;
  return { character, place: { start: span.points.toPoint(offset)!, end: span.points.toPoint(offset + character.length)! } };
}

/**
 * ajv reports every branch of a oneOf/anyOf. Keep the branch errors that say something (an
 * unknown key, a bad pattern) and drop the other branch's "wrong type" or "not one of"; with
 * nothing detailed, the oneOf/anyOf summary speaks for the branches. Branches are recognised
 * by instance path, because a branch that is a $ref has the referenced schema's path.
 */
function relevantErrors(errors: ErrorObject[]): ErrorObject[] {
  const unions = new Set(errors.filter((error) => error.keyword === 'oneOf' || error.keyword === 'anyOf').map((error) => error.instancePath));
  const isBranchNoise = (error: ErrorObject) => (error.keyword === 'type' || error.keyword === 'enum') && unions.has(error.instancePath);
  const isSummary = (error: ErrorObject) => error.keyword === 'oneOf' || error.keyword === 'anyOf';
  const detailed = errors.filter((error) => !isSummary(error) && !isBranchNoise(error)).map((error) => error.instancePath);
  const underDetailed = (path: string) => detailed.some((other) => other === path || other.startsWith(`${path}/`));
  return errors.filter((error) => {
    if (isSummary(error)) return !underDetailed(error.instancePath);
    return !isBranchNoise(error);
  });
}

function toPath(instancePath: string): DataPath {
  if (instancePath === '') return [];
  return instancePath
    .slice(1)
    .split('/')
    .map((segment) => segment.replace(/~1/g, '/').replace(/~0/g, '~'))
    .map((segment) => (/^\d+$/.test(segment) ? Number(segment) : segment));
}

/** `signatories[0].party`: how a coordinator finds the value in the file. */
function describePath(path: DataPath): string {
  return path.map((segment, index) => (typeof segment === 'number' ? `[${segment}]` : index === 0 ? segment : `.${segment}`)).join('');
}
