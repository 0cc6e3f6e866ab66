// The tool's own files (stylesheets, fonts in installed packages), found from the folder the
// tool is installed in, which the command layer knows and passes in.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { EnvironmentError } from '../errors.ts';
import { sv } from '../language/index.ts';
import type { ToolAssets } from './workspace.ts';

export function toolAssets(toolRoot: string): ToolAssets {
  const cache = new Map<string, Uint8Array>();
  const require = createRequire(join(toolRoot, 'package.json'));
  return {
    read(path) {
      let bytes = cache.get(path);
      if (!bytes) {
        try {
          bytes = readFileSync(join(toolRoot, path));
        } catch (error) {
          throw new EnvironmentError(sv.workspace.toolFile(path, (error as NodeJS.ErrnoException).code));
        }
        cache.set(path, bytes);
      }
      return bytes;
    },
    packageFile(pkg, path) {
      let dir: string;
      try {
        dir = dirname(require.resolve(`${pkg}/package.json`));
      } catch {
        throw new EnvironmentError(sv.workspace.packageMissing(pkg));
      }
      return join(dir, path);
    },
  };
}
