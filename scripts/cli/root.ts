import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { EnvironmentError } from '../errors.ts';
import { AGREEMENT_DIR, PROMISES_DIR } from '../load/load-content.ts';

/**
 * The content root: AGREEMENT_ROOT when set (tests point it at fixtures), else this repository.
 */
export function repositoryRoot(): string {
  return resolve(process.env.AGREEMENT_ROOT ?? fileURLToPath(new URL('../../', import.meta.url)));
}

/** The content root, refusing (exit 2) one without any content: a mistyped AGREEMENT_ROOT must not publish an empty site. */
export function contentRoot(): string {
  const root = repositoryRoot();
  if (!existsSync(join(root, AGREEMENT_DIR)) && !existsSync(join(root, PROMISES_DIR))) {
    throw new EnvironmentError(`Hittar inget innehåll i ${root}: där finns varken ${AGREEMENT_DIR}/ eller ${PROMISES_DIR}/.`);
  }
  return root;
}
