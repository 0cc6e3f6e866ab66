// The one reporter: every command prints problems through it, grouped by file and sorted by
// position, as text for people, JSON for machines, or GitHub Actions annotations.
import type { VFile } from 'vfile';
import type { VFileMessage } from 'vfile-message';
import { sanitizeLine, sanitizeTerminal, unicodeEscape } from './terminal.ts';

export type ReportFormat = 'text' | 'json' | 'github';

/** What a command prints problems as by default: annotations in GitHub Actions, text elsewhere. */
export const defaultReportFormat = (ci: string): ReportFormat => (ci === 'github' ? 'github' : 'text');

export interface ReportedProblem {
  file: string;
  line: number;
  column: number;
  endLine?: number;
  endColumn?: number;
  severity: 'error' | 'warning';
  ruleId: string;
  message: string;
  fix: string;
}

export function collectProblems(files: readonly VFile[]): ReportedProblem[] {
  return files.flatMap((file) =>
    [...file.messages]
      .sort((a, b) => (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0))
      .map((message: VFileMessage) => ({
        file: file.path,
        line: message.line ?? 1,
        column: message.column ?? 1,
        ...(message.place && 'end' in message.place && message.place.end
          ? { endLine: message.place.end.line, endColumn: message.place.end.column }
          : {}),
        severity: message.fatal ? ('error' as const) : ('warning' as const),
        ruleId: message.ruleId ?? 'unknown',
        message: message.reason,
        fix: message.note ?? '',
      })),
  );
}

export function formatProblems(files: readonly VFile[], format: ReportFormat): string {
  const problems = collectProblems(files);
  const errors = problems.filter((problem) => problem.severity === 'error').length;
  const warnings = problems.length - errors;
  // JSON.stringify escapes the C0 controls; DEL, the C1 controls (CSI among them) and the line
  // separators are escaped too, so that the JSON is safe to print to a terminal or embed in a script.
  if (format === 'json') return `${JSON.stringify({ errors, warnings, problems }, null, 2).replace(/[\u007f-\u009f\u2028\u2029]/g, unicodeEscape)}\n`;
  if (format === 'github') {
    // The workflow command's own escapes, after the controls that would colour or rewrite the log
    // (a carriage return among them: only the newline is left to escape).
    const escape = (text: string) => sanitizeTerminal(text).replace(/%/g, '%25').replace(/\n/g, '%0A');
    const property = (text: string) => escape(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
    return problems
      .map(
        (problem) =>
          `::${problem.severity} file=${property(problem.file)},line=${problem.line},col=${problem.column},title=${property(problem.ruleId)}::${escape(`${problem.message} ${problem.fix}`)}\n`,
      )
      .join('');
  }
  const lines: string[] = [];
  let current = '';
  for (const problem of problems) {
    // Each field on its one line: a file name or a YAML key with a newline or an escape
    // sequence in it cannot forge a report line or move the cursor.
    const file = sanitizeLine(problem.file);
    if (problem.file !== current) {
      if (current) lines.push('');
      lines.push(file);
      current = problem.file;
    }
    const label = problem.severity === 'error' ? 'fel    ' : 'varning';
    lines.push(`  ${file}:${problem.line}:${problem.column}  ${label}  ${sanitizeLine(problem.message)}  [${sanitizeLine(problem.ruleId)}]`);
    if (problem.fix) lines.push(`      → ${sanitizeLine(problem.fix)}`);
  }
  if (lines.length > 0) lines.push('');
  lines.push(`${errors} fel, ${warnings} ${warnings === 1 ? 'varning' : 'varningar'}`);
  return `${lines.join('\n')}\n`;
}
