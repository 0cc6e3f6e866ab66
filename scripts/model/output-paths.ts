// Where things go in dist/. These paths are published URLs: users and the publishing CI rely
// on them, so they change only with care.
import type { Edition, SiteConfig } from '../model/model.ts';

export const INDEX_PAGE = 'index.html';
export const MANIFEST = 'manifest.json';

export const editionPagePath = (edition: Edition) => `${edition.id}/index.html`;

/** ASCII, lower case, hyphens: a file name that survives every web server and mail client. */
export function fileSlug(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

/** The edition's kind of document; an agreement unless edition.yaml says otherwise. */
export const documentTypeOf = (edition: Edition) => edition.meta.data.documentType ?? 'samverkansoverenskommelse';

/**
 * The one PDF of an edition, named by the site configuration's pattern, e.g.
 * 2021-2025/samverkansoverenskommelse-degerfors-2021-2025.pdf.
 */
export function editionPdfPath(edition: Edition, site: Pick<SiteConfig, 'pdfFileName'>): string {
  const name = site.pdfFileName
    .replaceAll('{dokument}', documentTypeOf(edition))
    .replaceAll('{kommun}', fileSlug(edition.meta.data.municipality))
    .replaceAll('{utgava}', edition.id);
  return `${edition.id}/${fileSlug(name)}.pdf`;
}

export const promisePagePath = (promiseId: string) => `promises/${promiseId}/index.html`;

/** The PDF of a promise document (one that is signed or holds several promises), beside its page. */
export const promisePdfPath = (promiseId: string) => `promises/${promiseId}/medborgarlofte-${promiseId}.pdf`;

/** dist/compare/<from>--<to>/index.html: a published URL. */
export const comparisonPagePath = (fromId: string, toId: string) => `compare/${fromId}--${toId}/index.html`;

/** The one PDF beside the comparison page. */
export const comparisonPdfPath = (fromId: string, toId: string) => `compare/${fromId}--${toId}/jamforelse-${fromId}--${toId}.pdf`;

/** A site's accessibility statement (tillgänglighetsredogörelse): only in a build for a site. */
export const ACCESSIBILITY_PAGE = 'tillganglighet/index.html';
