// load → validate → render → print → write: the whole build. Content errors stop it before
// anything is written; any failure after that discards the staging folder, so dist/ is
// either the new complete build or the last good one.
import { dirname, join } from 'node:path';
import type { Content } from '../model/model.ts';
import { MANIFEST } from '../model/output-paths.ts';
import { hasErrors } from '../report/problem.ts';
import { STYLESHEET } from '../render/page.ts';
import { checkContent } from '../validate/check-content.ts';
import type { Workspace } from '../workspace/workspace.ts';
import { buildManifest } from './manifest.ts';
import { type Artifact, type PdfArtifact, planArtifacts } from './outputs.ts';
import { printDocuments } from './print-documents.ts';
import { type Stage, writeStaged } from './stage-output.ts';

/** Where the page stylesheet is shipped, relative to the tool's folder. */
export const STYLESHEET_ASSET = 'scripts/render/assets/style.css';

export interface BuildOptions {
  outDir: string;
  /** Leave the PDFs out. Default true. */
  pdf?: boolean;
}

export interface BuildResult {
  content: Content;
  /** False when content errors stopped the build; the messages are on content.files. */
  built: boolean;
  outDir: string;
}

export async function buildSite(workspace: Workspace, options: BuildOptions): Promise<BuildResult> {
  const content = await checkContent(workspace);
  if (hasErrors(content.files)) return { content, built: false, outDir: options.outDir };
  const artifacts = planArtifacts(content, workspace, { pdf: options.pdf });
  await writeStaged(options.outDir, async (stage) => {
    await writeArtifacts(workspace, artifacts, stage);
    await stage.write(MANIFEST, await buildManifest(workspace, stage.dir, artifacts));
  });
  return { content, built: true, outDir: options.outDir };
}

/** Renders the pages (each with the stylesheet beside it) and prints the PDFs into `stage`. */
export async function writeArtifacts(workspace: Workspace, artifacts: readonly Artifact[], stage: Pick<Stage, 'dir' | 'write'>): Promise<void> {
  const css = workspace.assets.read(STYLESHEET_ASSET);
  for (const artifact of artifacts) {
    if (artifact.kind === 'file') await stage.write(artifact.path, artifact.bytes);
    if (artifact.kind !== 'page') continue;
    await stage.write(artifact.path, await artifact.render());
    await stage.write(join(dirname(artifact.path), STYLESHEET), css);
  }
  const jobs = artifacts.filter((artifact): artifact is PdfArtifact => artifact.kind === 'pdf');
  await printDocuments(workspace, jobs, stage.dir, stage.write);
}
