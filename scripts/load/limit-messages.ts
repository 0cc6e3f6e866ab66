// Reports a file that passes one of the bounds in limits.ts, under the rule id "resource-limit",
// in the loader's words (language/sv/load.ts).
import type { VFile } from 'vfile';
import { sv } from '../language/index.ts';
import { report } from '../report/problem.ts';
import type { Exceeded } from './bounds.ts';
import { LIMITS, type LimitName } from './limits.ts';

const LIMIT_RULE = 'resource-limit';

// Loading knows no site configuration yet: the words are Swedish (sv) directly.
const WORDS: Record<LimitName, (bound: number) => { reason: string; fix: string }> = sv.load.limits;

export function reportExceeded(file: VFile, { limit, line }: Exceeded): void {
  report(file, { ruleId: LIMIT_RULE, severity: 'error', place: { start: { line, column: 1 } }, ...WORDS[limit](LIMITS[limit]) });
}
