import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The content root: AGREEMENT_ROOT when set (tests point it at fixtures), else this repository.
 */
export function repositoryRoot(): string {
  return resolve(process.env.AGREEMENT_ROOT ?? fileURLToPath(new URL('../../', import.meta.url)));
}
