// The preview's site, held in memory: after each save the content is checked again and only
// the pages made from changed files are rendered again. PDFs are printed when asked for and
// kept until one of their sources changes, so a save never waits for the printer.
import { createHash } from 'node:crypto';
import { dirname, posix } from 'node:path';
import { STYLESHEET_ASSET } from '../build/build-site.ts';
import { type Artifact, type PdfArtifact, planArtifacts } from '../build/outputs.ts';
import type { Content } from '../model/model.ts';
import { hasErrors } from '../report/problem.ts';
import { STYLESHEET } from '../render/page.ts';
import { checkContent } from '../validate/check-content.ts';
import type { Workspace } from '../workspace/workspace.ts';

/** Prints one PDF artifact: given by the command, so that a browser is launched only when a PDF is asked for (one per print). */
export type PrintOne = (artifact: PdfArtifact) => Promise<Uint8Array>;

export interface PreviewState {
  content: Content;
  /** False while the content has errors: the pages then show the problems. */
  ok: boolean;
  /** Paths of the pages rendered by the last update. */
  rendered: string[];
}

const within = (path: string, source: string) => path === source || path.startsWith(`${source.replace(/\/$/, '')}/`);

/** A digest of the loaded text of every file under `sources`: it changes exactly when one of them does. */
function sourcesDigest(content: Content, sources: readonly string[]): string {
  const hash = createHash('sha256');
  for (const file of content.files) {
    const path = file.path.split('\\').join('/');
    if (sources.some((source) => within(path, source))) hash.update(`${path}\0${String(file.value ?? '')}\0`);
  }
  return hash.digest('hex');
}

export class PreviewSite {
  private pages = new Map<string, Uint8Array>();
  private artifacts: Artifact[] = [];
  private pdfs = new Map<string, { digest: string; bytes: Promise<Uint8Array> }>();
  private state: PreviewState | undefined;
  /** How many PDFs were printed: what the preview's status reports. */
  printed = 0;

  constructor(
    private readonly workspace: Workspace,
    private readonly print: PrintOne,
  ) {}

  get current(): PreviewState | undefined {
    return this.state;
  }

  /**
   * Checks the content again and renders the pages whose sources are among `changed` (all of
   * them when `changed` is undefined, or after errors).
   */
  async update(changed?: readonly string[]): Promise<PreviewState> {
    const content = await checkContent(this.workspace);
    if (hasErrors(content.files)) {
      this.state = { content, ok: false, rendered: [] };
      return this.state;
    }
    const everything = changed === undefined || !this.state?.ok;
    const artifacts = planArtifacts(content, this.workspace);
    const known = new Set(artifacts.map((artifact) => artifact.path));
    for (const path of [...this.pages.keys()]) if (!known.has(path) && !path.endsWith(STYLESHEET)) this.pages.delete(path);
    const rendered: string[] = [];
    const css = this.workspace.assets.read(STYLESHEET_ASSET);
    for (const artifact of artifacts) {
      if (artifact.kind !== 'page') continue;
      const affected = everything || !this.pages.has(artifact.path) || artifact.sources.some((source) => changed!.some((path) => within(path, source)));
      if (!affected) continue;
      this.pages.set(artifact.path, new TextEncoder().encode(await artifact.render()));
      this.pages.set(posix.join(dirname(artifact.path), STYLESHEET), css);
      rendered.push(artifact.path);
    }
    this.artifacts = artifacts;
    for (const [path, cached] of [...this.pdfs]) {
      const artifact = artifacts.find((candidate) => candidate.path === path);
      if (!artifact || cached.digest !== sourcesDigest(content, artifact.sources)) this.pdfs.delete(path);
    }
    this.state = { content, ok: true, rendered };
    return this.state;
  }

  /** The bytes at a path of the site, printing a PDF when it is first asked for. */
  async file(path: string): Promise<Uint8Array | undefined> {
    const page = this.pages.get(path);
    if (page) return page;
    const published = this.artifacts.find((candidate) => candidate.kind === 'file' && candidate.path === path);
    if (published?.kind === 'file') return published.bytes;
    const artifact = this.artifacts.find((candidate): candidate is PdfArtifact => candidate.kind === 'pdf' && candidate.path === path);
    if (!artifact || !this.state?.ok) return undefined;
    let cached = this.pdfs.get(path);
    if (!cached) {
      this.printed += 1;
      cached = { digest: sourcesDigest(this.state.content, artifact.sources), bytes: this.print(artifact) };
      this.pdfs.set(path, cached);
      // A failed print is not kept: the next request tries again.
      cached.bytes.catch(() => this.pdfs.delete(path));
    }
    return cached.bytes;
  }
}
