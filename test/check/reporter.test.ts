// The reporter's three formats, and the generated types kept in step with the schemas.
import { readdirSync, readFileSync } from 'node:fs';
import { GENERATED_VALIDATORS_PATH, generateValidators } from '../../scripts/validate/generate-validators.ts';
import { SCHEMAS } from '../../scripts/validate/schemas.ts';
import { VFile } from 'vfile';
import { join } from 'node:path';
import { REPOSITORY_ROOT } from '../helpers/workspace.ts';
import { describe, expect, it } from 'vitest';
import { generateContentTypes, GENERATED_TYPES_PATH } from '../../scripts/model/generate-types.ts';
import { report } from '../../scripts/report/problem.ts';
import { collectProblems, formatProblems } from '../../scripts/report/reporter.ts';

function files(): VFile[] {
  const edition = new VFile({ path: 'agreement/2026-2029/edition.yaml', value: '' });
  report(edition, {
    ruleId: 'date-order',
    severity: 'error',
    place: { start: { line: 7, column: 8 }, end: { line: 7, column: 18 } },
    reason: 'Perioden slutar (2025-12-31) innan den börjar (2026-01-01).',
    fix: 'Kontrollera start och end: start är första dagen, end sista dagen.',
  });
  report(edition, {
    ruleId: 'no-placeholders',
    severity: 'warning',
    place: { start: { line: 2, column: 3 } },
    reason: 'Platshållaren "TODO" står kvar.',
    fix: 'Ersätt den med det riktiga innehållet.',
  });
  const odd = new VFile({ path: 'promises/a,b:c.md', value: '' });
  report(odd, { ruleId: 'schema', severity: 'error', reason: 'Rad ett\nrad två 100%', fix: 'Gör så här.' });
  return [edition, odd];
}

describe('reporter', () => {
  it('sorts by position within a file and fills in 1:1 for a problem without a place', () => {
    expect(collectProblems(files()).map((problem) => [problem.file, problem.line, problem.column, problem.severity, problem.ruleId])).toEqual([
      ['agreement/2026-2029/edition.yaml', 2, 3, 'warning', 'no-placeholders'],
      ['agreement/2026-2029/edition.yaml', 7, 8, 'error', 'date-order'],
      ['promises/a,b:c.md', 1, 1, 'error', 'schema'],
    ]);
  });

  it('text: grouped by file, with the fix under each problem and a Swedish summary', () => {
    expect(formatProblems(files(), 'text')).toBe(
      [
        'agreement/2026-2029/edition.yaml',
        '  agreement/2026-2029/edition.yaml:2:3  varning  Platshållaren "TODO" står kvar.  [no-placeholders]',
        '      → Ersätt den med det riktiga innehållet.',
        '  agreement/2026-2029/edition.yaml:7:8  fel      Perioden slutar (2025-12-31) innan den börjar (2026-01-01).  [date-order]',
        '      → Kontrollera start och end: start är första dagen, end sista dagen.',
        '',
        'promises/a,b:c.md',
        '  promises/a,b:c.md:1:1  fel      Rad ett\\nrad två 100%  [schema]',
        '      → Gör så här.',
        '',
        '2 fel, 1 varning',
        '',
      ].join('\n'),
    );
    expect(formatProblems([], 'text')).toBe('0 fel, 0 varningar\n');
  });

  it('json: counts, and every field including the end of a range', () => {
    const parsed = JSON.parse(formatProblems(files(), 'json')) as { errors: number; warnings: number; problems: unknown[] };
    expect(parsed.errors).toBe(2);
    expect(parsed.warnings).toBe(1);
    expect(parsed.problems[1]).toEqual({
      file: 'agreement/2026-2029/edition.yaml',
      line: 7,
      column: 8,
      endLine: 7,
      endColumn: 18,
      severity: 'error',
      ruleId: 'date-order',
      message: 'Perioden slutar (2025-12-31) innan den börjar (2026-01-01).',
      fix: 'Kontrollera start och end: start är första dagen, end sista dagen.',
    });
  });

  it('github: one annotation per problem, properties and message escaped', () => {
    expect(formatProblems(files(), 'github').split('\n')).toEqual([
      '::warning file=agreement/2026-2029/edition.yaml,line=2,col=3,title=no-placeholders::Platshållaren "TODO" står kvar. Ersätt den med det riktiga innehållet.',
      '::error file=agreement/2026-2029/edition.yaml,line=7,col=8,title=date-order::Perioden slutar (2025-12-31) innan den börjar (2026-01-01). Kontrollera start och end: start är första dagen, end sista dagen.',
      '::error file=promises/a%2Cb%3Ac.md,line=1,col=1,title=schema::Rad ett%0Arad två 100%25 Gör så här.',
      '',
    ]);
  });
});

describe('code derived from the schemas', () => {
  it('scripts/validate/validators.generated.ts is what npm run schema-types writes', () => {
    expect(readFileSync(join(REPOSITORY_ROOT, GENERATED_VALIDATORS_PATH), 'utf8')).toBe(generateValidators());
  });

  it('every schema in schema/ is among those compiled', () => {
    const files = readdirSync(join(REPOSITORY_ROOT, 'schema')).filter((name) => name.endsWith('.schema.json')).sort();
    expect(SCHEMAS.map((schema) => (schema as { $id: string }).$id).sort()).toEqual(files);
  });
});

describe('schema types', () => {
  it('scripts/model/content.generated.ts is what npm run schema-types writes from schema/', async () => {
    expect(readFileSync(join(REPOSITORY_ROOT, GENERATED_TYPES_PATH), 'utf8')).toBe(await generateContentTypes(join(REPOSITORY_ROOT, 'schema')));
  });
});
