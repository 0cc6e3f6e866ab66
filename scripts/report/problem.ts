// One message type for the whole pipeline: a vfile message with a rule id, a place, and a
// note saying how to fix it. `fatal: true` marks an error (the build stops), false a warning.
import type { VFile } from 'vfile';
import type { Place } from '../model/model.ts';

export type Severity = 'error' | 'warning';

export interface Problem {
  ruleId: string;
  severity: Severity;
  /** What is wrong, as a fact about the content. */
  reason: string;
  /** How to fix it, in words a coordinator can act on. */
  fix: string;
  place?: Place;
}

export function report(file: VFile, problem: Problem): void {
  const place = problem.place;
  const message = file.message(problem.reason, {
    // A place without an end is a point; with one, a range.
    place: place?.end ? { start: place.start, end: place.end } : place?.start,
    ruleId: problem.ruleId,
    source: 'agreement',
  });
  message.fatal = problem.severity === 'error';
  message.note = problem.fix;
}

export function hasErrors(files: readonly VFile[]): boolean {
  return files.some((file) => file.messages.some((message) => message.fatal === true));
}
