// A build writes into a staging folder beside dist/ and replaces dist/ only when everything
// succeeded, so a failed build never leaves a half-written dist/ nor overwrites the last good one.
import { existsSync, readdirSync } from 'node:fs';
import { chmod, mkdir, mkdtemp, rename, rm, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { EnvironmentError } from '../errors.ts';
import { sv } from '../language/index.ts';

/**
 * Written into every output folder. A folder is only ever replaced when it carries this mark
 * (or is empty): `--out` pointed at a folder of one's own must never delete it.
 */
export const OUTPUT_MARK = '.agreement-build';

function assertReplaceable(outDir: string): void {
  if (!existsSync(outDir)) return;
  const entries = readdirSync(outDir);
  if (entries.length === 0 || entries.includes(OUTPUT_MARK)) return;
  throw new EnvironmentError(sv.workspace.notBuildOutput(outDir, OUTPUT_MARK));
}

export interface Stage {
  dir: string;
  /** Writes a file at a path relative to the stage, creating folders as needed. */
  write(path: string, data: string | Uint8Array): Promise<void>;
  /** Replaces `outDir` with the stage. */
  publish(): Promise<void>;
  /** Removes the stage (after a failure). */
  discard(): Promise<void>;
}

async function createStage(outDir: string): Promise<Stage> {
  assertReplaceable(outDir);
  await mkdir(dirname(outDir), { recursive: true });
  // Same parent as dist/, so the final rename is atomic on one file system. `.dist-*` is ignored by git.
  const dir = await mkdtemp(join(dirname(outDir), `.${basename(outDir)}-`));
  // mkdtemp makes a private folder; what is published must be readable by the web server.
  await chmod(dir, 0o755);
  await writeFile(join(dir, OUTPUT_MARK), '');
  return {
    dir,
    async write(path, data) {
      const target = join(dir, path);
      await mkdir(dirname(target), { recursive: true });
      await writeFile(target, data);
    },
    async publish() {
      // Checked again: the folder may have appeared while the build ran.
      assertReplaceable(outDir);
      const old = `${dir}-old`;
      const hadOld = await rename(outDir, old).then(
        () => true,
        (error: NodeJS.ErrnoException) => {
          if (error.code === 'ENOENT') return false;
          throw error;
        },
      );
      await rename(dir, outDir);
      if (hadOld) await rm(old, { recursive: true, force: true });
    },
    async discard() {
      await rm(dir, { recursive: true, force: true });
    },
  };
}

/** Fills a stage and publishes it as `outDir`; on any failure the stage is removed and `outDir` left as it was. */
export async function writeStaged(outDir: string, fill: (stage: Stage) => Promise<void>): Promise<void> {
  const stage = await createStage(outDir);
  try {
    await fill(stage);
    await stage.publish();
  } catch (error) {
    await stage.discard();
    throw error;
  }
}
