// A copy of the content to measure on: the bench edits and builds it without touching the
// coordinator's own files.
import { AGREEMENT_DIR, PROMISES_DIR } from '../load/paths.ts';
import { filesUnder, type SourceFiles } from '../workspace/workspace.ts';

export async function copyContent(source: SourceFiles, target: SourceFiles): Promise<void> {
  for (const dir of [AGREEMENT_DIR, PROMISES_DIR]) {
    for (const path of await filesUnder(source, dir)) await target.write(path, await source.read(path));
  }
}
