// The command layer's one look at the machine: the content root, the environment and the
// tool's install folder become a Workspace, and nothing below this reads them again.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { EnvironmentError } from '../errors.ts';
import { sv } from '../language/index.ts';
import { AGREEMENT_DIR, PROMISES_DIR } from '../load/paths.ts';
import { launchedLease } from '../print/browser-lease.ts';
import { findBrowser } from '../print/find-browser.ts';
import { diskFiles } from '../workspace/disk-files.ts';
import { commitTimes, FALLBACK_DATE, lastCommitDate, parseSourceDateEpoch } from '../workspace/source-date.ts';
import { toolAssets } from '../workspace/tool-assets.ts';
import type { CiKind, Workspace } from '../workspace/workspace.ts';

/** The folder the tool is installed in: the nearest one above this module with a package.json (also when compiled into .tsbuild/). */
export const TOOL_ROOT = (() => {
  let dir = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(dir, 'package.json')) && dirname(dir) !== dir) dir = dirname(dir);
  return dir;
})();

export interface DiskWorkspaceOptions {
  env?: NodeJS.ProcessEnv;
  /** Refuse a root without agreement/ and promises/ (every command but init). */
  requireContent?: boolean;
}

function ciKind(env: NodeJS.ProcessEnv): CiKind {
  if (env.GITHUB_ACTIONS === 'true') return 'github';
  if (env.GITLAB_CI === 'true') return 'gitlab';
  return 'none';
}

export function diskWorkspace(options: DiskWorkspaceOptions = {}): Workspace {
  const env = options.env ?? process.env;
  // AGREEMENT_ROOT points the tools at another content tree (a fork's, or a test's).
  const root = resolve(env.AGREEMENT_ROOT || TOOL_ROOT);
  if ((options.requireContent ?? true) && !existsSync(join(root, AGREEMENT_DIR)) && !existsSync(join(root, PROMISES_DIR))) {
    // A mistyped AGREEMENT_ROOT must not publish an empty site.
    throw new EnvironmentError(sv.workspace.noContent(root, AGREEMENT_DIR, PROMISES_DIR));
  }
  const epoch = env.SOURCE_DATE_EPOCH ? parseSourceDateEpoch(env.SOURCE_DATE_EPOCH) : undefined;
  let times: Map<string, number> | undefined | null = null;
  let commit: string | undefined | null = null;
  return {
    root,
    files: diskFiles(root),
    sourceDate(paths) {
      if (epoch) return epoch;
      if (times === null) times = commitTimes(root);
      return (times && lastCommitDate(times, paths)) ?? FALLBACK_DATE;
    },
    commit() {
      if (commit === null) {
        try {
          commit = execFileSync('git', ['rev-parse', 'HEAD'], { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
        } catch {
          commit = undefined;
        }
      }
      return commit;
    },
    browserPath: () => findBrowser(env),
    browser: () => launchedLease(findBrowser(env)),
    assets: toolAssets(TOOL_ROOT),
    ci: ciKind(env),
  };
}
