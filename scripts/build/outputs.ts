// The output registry: every kind of output declares the artifacts it makes from the content.
// The build, the preview and the manifest all plan from here, so a new output (the signed PDF,
// a follow-up report) is one more entry, not an edit in each of them.
import { basename } from 'node:path';
import { comparisonPrintHtml } from '../compare/comparison-print.ts';
import { comparisonOf, comparisonPathOf, comparisonPdfMeta, derivedEditionPairs, renderComparisonPage } from '../compare/render-comparison.ts';
import { wordsFor } from '../language/index.ts';
import { AGREEMENT_DIR, PROMISES_DIR } from '../load/paths.ts';
import { citedPromises } from '../model/citations.ts';
import type { Content, Edition } from '../model/model.ts';
import {
  comparisonPagePath,
  comparisonPdfPath,
  editionPagePath,
  editionPdfPath,
  ACCESSIBILITY_PAGE,
  INDEX_PAGE,
  promisePagePath,
  promisePdfPath,
} from '../model/output-paths.ts';
import type { PdfMeta } from '../print/pdf-metadata.ts';
import type { PdfPass } from '../print/post-process.ts';
import { renderEditionPage } from '../render/edition-page.ts';
import { renderEditionPrint } from '../render/edition-print.ts';
import { addSignatureFieldsToDocument, signatoryFieldSpecs } from '../sign/signature-fields.ts';
import { editionSourceDigest } from '../sign/edition-digest.ts';
import { writeSourceDigest } from '../sign/source-digest.ts';
import { renderAccessibilityStatement } from '../render/accessibility-statement.ts';
import { renderIndexPage } from '../render/index-page.ts';
import { canonicalUrl } from '../render/page.ts';
import type { PrintFrame } from '../render/print-document.ts';
import { citationsOf, renderPromisePage } from '../render/promise-page.ts';
import { isPromiseDocument } from '../render/promise-content.ts';
import { renderPromisePrint } from '../render/promise-print.ts';
import { awaitsSignatures, signatureFieldAnchor } from '../render/signatures.ts';
import type { Workspace } from '../workspace/workspace.ts';

export type OutputId = 'index' | 'edition-page' | 'edition-pdf' | 'promise-page' | 'promise-pdf' | 'comparison-page' | 'comparison-pdf' | 'accessibility-statement';

/** What an artifact is of, for the manifest and for links. */
export interface ArtifactSubject {
  edition?: string;
  promise?: string;
  from?: string;
  to?: string;
}

interface ArtifactBase {
  output: OutputId;
  /** Relative to dist/: a published URL. */
  path: string;
  subject: ArtifactSubject;
  /** The content paths (files or folders) it is made from: what the preview watches it by. */
  sources: string[];
}

/** What is known of the other artifacts when a page is rendered: the PDFs are printed first. */
export interface BuiltFiles {
  sha256(path: string): string | undefined;
}

export interface PageArtifact extends ArtifactBase {
  kind: 'page';
  render(built?: BuiltFiles): Promise<string>;
}

/** A PDF: printed from a print document, then post-processed (print/pdf-steps.ts). */
export interface PdfArtifact extends ArtifactBase {
  kind: 'pdf';
  html(frame: PrintFrame): Promise<string> | string;
  meta: PdfMeta;
  /** This document's own post-processing passes, after those of every PDF. */
  passes?: readonly PdfPass[];
  /** Sealed by the organisation when the build is given a seal (npm run build -- --seal): what the seal says. */
  seal?: { reason: string; location?: string };
}

/** A file published as it is, byte for byte: an edition's committed signed PDF. */
export interface FileArtifact extends ArtifactBase {
  kind: 'file';
  bytes: Uint8Array;
}

export type Artifact = PageArtifact | PdfArtifact | FileArtifact;

export interface Output {
  id: OutputId;
  artifacts(content: Content, workspace: Workspace): Artifact[];
}

/** The site configuration and the glossary reach every page. */
const SHARED_SOURCES = ['agreement/webbplats.yaml', 'agreement/ordlista.yaml'];

/** An edition's own folder, the promises it cites, and what every page shares. */
function editionSources(content: Content, edition: Edition): string[] {
  return [edition.dir, ...citedPromises(content, edition).map((promise) => promise.meta.file.path), ...SHARED_SOURCES];
}

const index: Output = {
  id: 'index',
  artifacts: (content) => [
    {
      output: 'index',
      kind: 'page',
      path: INDEX_PAGE,
      subject: {},
      sources: ['agreement', PROMISES_DIR],
      render: async () =>
        renderIndexPage(content, {
          pdf: (edition) => published(content, editionPdfPath(edition, content.site)),
          comparison: (edition) => comparisonPathOf(content, edition),
        }),
    },
  ],
};

const editionPage: Output = {
  id: 'edition-page',
  artifacts: (content, workspace) =>
    content.editions.map((edition) => ({
      output: 'edition-page',
      kind: 'page',
      path: editionPagePath(edition),
      subject: { edition: edition.id },
      sources: editionSources(content, edition),
      render: (built) => {
        const pdf = editionPdfPath(edition, content.site);
        return renderEditionPage(content, edition, {
          pdf: content.site.publication ? published(content, pdf) : basename(pdf),
          provenance: { commit: workspace.commit(), pdfSha256: built?.sha256(pdf) },
        });
      },
    })),
};

/** A link to a file of the site: relative, or on a site's build its absolute address. */
function published(content: Content, path: string): string {
  return content.site.publication ? canonicalUrl(content.site.publication.baseUrl, path) : path;
}

/** Only in a build for a site: its accessibility statement, with its own contact route. */
const accessibilityStatement: Output = {
  id: 'accessibility-statement',
  artifacts: (content, workspace) => {
    const target = content.site.publication;
    if (!target) return [];
    return [
      {
        output: 'accessibility-statement',
        kind: 'page',
        path: ACCESSIBILITY_PAGE,
        subject: {},
        sources: SHARED_SOURCES,
        render: async () => renderAccessibilityStatement(content, target, workspace.sourceDate([AGREEMENT_DIR, PROMISES_DIR])),
      },
    ];
  },
};

/**
 * An edition's PDF: its committed signed PDF when it has one (load/signed-pdf.ts), else printed.
 * A printed one carries its sources' digest, which check compares a signed PDF with later; and,
 * while it awaits signatures, an empty signature field at each signatory's line.
 */
const editionPdf: Output = {
  id: 'edition-pdf',
  artifacts: (content, workspace) =>
    content.editions.map((edition): Artifact => {
      const data = edition.meta.data;
      const words = wordsFor(content.site.language);
      const sources = editionSources(content, edition);
      const base = { output: 'edition-pdf', path: editionPdfPath(edition, content.site), subject: { edition: edition.id }, sources } as const;
      const signed = edition.signedPdf?.bytes;
      if (signed) return { ...base, kind: 'file', bytes: signed };
      const fields = awaitsSignatures(edition) ? signatoryFieldSpecs(data.signatories, signatureFieldAnchor) : [];
      return {
        ...base,
        kind: 'pdf',
        ...(data.status === 'draft' ? {} : { seal: { reason: words.publication.sealReason(data.shortTitle ?? data.title), location: data.signing?.place } }),
        html: (frame) => renderEditionPrint(content, edition, frame),
        meta: {
          title: data.status === 'draft' ? words.document.draftTitle(data.title) : data.title,
          authors: data.parties.map((party) => party.name),
          subject: words.edition.pdfSubject(words.format.parties(data)),
          keywords: [...content.site.keywords, data.municipality, content.site.siteName],
          language: content.site.language,
          date: workspace.sourceDate(sources.filter((path) => path !== SHARED_SOURCES[0])),
          sources: { files: workspace.files, paths: sources },
        },
        passes: [(pdf) => writeSourceDigest(pdf, editionSourceDigest(content, edition)), (pdf) => addSignatureFieldsToDocument(pdf, fields)],
      };
    }),
};

const promisePage: Output = {
  id: 'promise-page',
  artifacts: (content) =>
    content.promises.map((promise) => ({
      output: 'promise-page',
      kind: 'page',
      path: promisePagePath(promise.meta.data.id),
      subject: { promise: promise.meta.data.id },
      sources: [promise.meta.file.path, ...citationsOf(content, promise.meta.data.id).map(({ area }) => area.meta.file.path), ...SHARED_SOURCES],
      render: () => renderPromisePage(content, promise),
    })),
};

/** A promise document (signed, or holding several promises) also gets a PDF of its own, beside its page. */
const promisePdf: Output = {
  id: 'promise-pdf',
  artifacts: (content, workspace) =>
    content.promises.filter(isPromiseDocument).map((promise): Artifact => {
      const data = promise.meta.data;
      const sources = [promise.meta.file.path, ...SHARED_SOURCES];
      return {
        output: 'promise-pdf',
        kind: 'pdf',
        path: promisePdfPath(data.id),
        subject: { promise: data.id },
        sources,
        html: (frame) => renderPromisePrint(content, promise, frame),
        meta: {
          title: wordsFor(content.site.language).promise.title(data.title),
          authors: data.parties,
          subject: data.text,
          keywords: [...content.site.keywords, data.municipality ?? content.site.municipality, content.site.siteName],
          language: content.site.language,
          date: workspace.sourceDate([promise.meta.file.path]),
          sources: { files: workspace.files, paths: sources },
        },
      };
    }),
};

const comparisonPage: Output = {
  id: 'comparison-page',
  artifacts: (content) =>
    derivedEditionPairs(content).map(({ from, to }) => ({
      output: 'comparison-page',
      kind: 'page',
      path: comparisonPagePath(from.id, to.id),
      subject: { from: from.id, to: to.id },
      sources: [...editionSources(content, from), ...editionSources(content, to)],
      render: async () => renderComparisonPage(content, from, to),
    })),
};

const comparisonPdf: Output = {
  id: 'comparison-pdf',
  artifacts: (content, workspace) =>
    derivedEditionPairs(content).map(({ from, to }) => comparisonPdfArtifact(content, workspace, from, to)),
};

/** The PDF of a comparison, dated by the sources of both editions: for the build and for npm run compare. */
export function comparisonPdfArtifact(content: Content, workspace: Workspace, from: Edition, to: Edition): PdfArtifact {
  const promises = [from, to].flatMap((edition) => citedPromises(content, edition).map((promise) => promise.meta.file.path));
  return {
    output: 'comparison-pdf',
    kind: 'pdf',
    path: comparisonPdfPath(from.id, to.id),
    subject: { from: from.id, to: to.id },
    sources: [...editionSources(content, from), ...editionSources(content, to)],
    html: (frame) => comparisonPrintHtml(comparisonOf(content, from, to), frame),
    meta: comparisonPdfMeta(content, from, to, workspace.sourceDate([from.dir, to.dir, ...promises])),
  };
}

export const OUTPUTS: readonly Output[] = [index, editionPage, editionPdf, promisePage, promisePdf, comparisonPage, comparisonPdf, accessibilityStatement];

/** Every artifact the content makes, in registry order. */
export function planArtifacts(content: Content, workspace: Workspace): Artifact[] {
  return OUTPUTS.flatMap((output) => output.artifacts(content, workspace));
}
