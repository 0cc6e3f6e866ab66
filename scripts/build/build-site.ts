// load → validate → render → print → write: the whole build. Content errors stop it before
// anything is written; any failure after that discards the staging folder, so dist/ is
// either the new complete build or the last good one.
import { dirname, join } from 'node:path';
import type { Content } from '../model/model.ts';
import { MANIFEST } from '../model/output-paths.ts';
import { findTarget, siteTargetList } from '../model/site.ts';
import { hasErrors } from '../report/problem.ts';
import { STYLESHEET } from '../render/page.ts';
import { checkContent } from '../validate/check-content.ts';
import type { Workspace } from '../workspace/workspace.ts';
import { buildManifest } from './manifest.ts';
import { type Artifact, type PdfArtifact, planArtifacts } from './outputs.ts';
import { printDocuments } from './print-documents.ts';
import { type Seal, sealPdf } from './seal.ts';
import { type Stage, writeStaged } from './stage-output.ts';
import { sha256Hex } from '../model/digest.ts';

/** Where the page stylesheet is shipped, relative to the tool's folder. */
export const STYLESHEET_ASSET = 'scripts/render/assets/style.css';

export interface BuildOptions {
  outDir: string;
  /** Build for one publishing target (its id in webbplats.yaml): canonical addresses, absolute PDF links, its accessibility statement. */
  site?: string;
  /** The organisation's seal on every edition PDF that is not a draft, before the pages give their digests. */
  seal?: Seal;
}

export interface BuildResult {
  content: Content;
  /** False when content errors stopped the build; the messages are on content.files. */
  built: boolean;
  outDir: string;
}

export async function buildSite(workspace: Workspace, options: BuildOptions): Promise<BuildResult> {
  // The browser is asked for through the workspace's lease (workspace.browser()), once there are
  // PDFs to print: a build stopped by its check, the common case while writing, starts none.
  const checked = await checkContent(workspace);
  if (hasErrors(checked.files)) return { content: checked, built: false, outDir: options.outDir };
  const content = options.site === undefined ? checked : forSite(checked, options.site);
  const artifacts = planArtifacts(content, workspace);
  await writeStaged(options.outDir, async (stage) => {
    await writeArtifacts(workspace, artifacts, stage, options.seal);
    await stage.write(MANIFEST, await buildManifest(workspace, stage.dir, artifacts, content.site.publication?.id));
  });
  return { content, built: true, outDir: options.outDir };
}

/** The content as one publishing target shows it: its pages carry that site's addresses. */
function forSite(content: Content, id: string): Content {
  const target = findTarget(siteTargetList(content.site), id);
  return { ...content, site: { ...content.site, publication: target } };
}

/**
 * Prints the PDFs, then renders the pages (each with the stylesheet beside it) into `stage`:
 * in that order, so that an edition page can give its PDF's SHA-256.
 */
async function writeArtifacts(workspace: Workspace, artifacts: readonly Artifact[], stage: Stage, seal?: Seal): Promise<void> {
  const digests = new Map<string, string>();
  const byPath = new Map(artifacts.map((artifact) => [artifact.path, artifact]));
  const write = async (path: string, printed: Uint8Array) => {
    const artifact = byPath.get(path);
    const bytes = seal && artifact?.kind === 'pdf' && artifact.seal ? await sealPdf(printed, artifact.seal, seal) : printed;
    digests.set(path, sha256Hex(bytes));
    await stage.write(path, bytes);
  };
  for (const artifact of artifacts) if (artifact.kind === 'file') await write(artifact.path, artifact.bytes);
  const jobs = artifacts.filter((artifact): artifact is PdfArtifact => artifact.kind === 'pdf');
  await printDocuments(workspace, jobs, stage.dir, write);
  const css = workspace.assets.read(STYLESHEET_ASSET);
  const built = { sha256: (path: string) => digests.get(path) };
  for (const artifact of artifacts) {
    if (artifact.kind !== 'page') continue;
    await stage.write(artifact.path, await artifact.render(built));
    await stage.write(join(dirname(artifact.path), STYLESHEET), css);
  }
}
