// The print documents exactly as the build prints them (same artifacts, same frame, fonts
// beside them), written into a folder: what the bare browser prints, one launch per file.
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { planArtifacts, type PdfArtifact } from '../build/outputs.ts';
import { preparePrintFolder } from '../build/print-documents.ts';
import { EnvironmentError } from '../errors.ts';
import { sv } from '../language/index.ts';
import type { Content } from '../model/model.ts';
import { hasErrors } from '../report/problem.ts';
import type { Workspace } from '../workspace/workspace.ts';

/** Writes every PDF artifact of the checked `content` as its print document into `dir`; gives the files' absolute paths. */
export async function writePrintDocuments(workspace: Workspace, content: Content, dir: string): Promise<string[]> {
  if (hasErrors(content.files)) throw new EnvironmentError(sv.bench.contentHasErrors);
  const jobs = planArtifacts(content, workspace).filter((artifact): artifact is PdfArtifact => artifact.kind === 'pdf');
  const frame = await preparePrintFolder(workspace, dir);
  return Promise.all(
    jobs.map(async (job, i) => {
      const file = join(dir, `${i + 1}.html`);
      await writeFile(file, await job.html(frame));
      return file;
    }),
  );
}
