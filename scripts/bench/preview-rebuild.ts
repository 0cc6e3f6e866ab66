// The preview's rebuild after a save, as the preview does it: in the same long-running
// process, PreviewSite.update with the changed path, right after the file is written.
import { performance } from 'node:perf_hooks';
import { EnvironmentError } from '../errors.ts';
import { sv } from '../language/index.ts';
import { PreviewSite } from '../preview/preview-site.ts';
import type { Workspace } from '../workspace/workspace.ts';
import type { Measurement } from './measure-process.ts';

/** A preview over `workspace` that edits `path` on each run; the first update (the whole site) is done here. */
export async function previewRebuild(workspace: Workspace, path: string): Promise<() => Promise<Measurement>> {
  const site = new PreviewSite(workspace, () => Promise.reject(new EnvironmentError(sv.bench.noPdfs)));
  if (!(await site.update()).ok) throw new EnvironmentError(sv.bench.contentHasErrors);
  const original = new TextDecoder().decode(await workspace.files.read(path));
  let edits = 0;
  return async () => {
    edits += 1;
    // A real edit each time (one more word), so no stage can answer from an unchanged file.
    const text = `${original.trimEnd()}\n\nÄndring ${edits}.\n`;
    const start = performance.now();
    await workspace.files.write(path, text);
    const state = await site.update([path]);
    const ms = performance.now() - start;
    if (!state.ok || state.rendered.length === 0) throw new EnvironmentError(sv.bench.noRebuild(path));
    return { ms };
  };
}
