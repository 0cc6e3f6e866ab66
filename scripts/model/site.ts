// The site configuration with its defaults: what agreement/webbplats.yaml leaves out comes from
// the language module, and without the file at all the municipality is the newest edition's.
import { sv } from '../language/index.ts';
import type { Edition, SiteConfig, SiteData } from './model.ts';
import { compareCodePoints } from './text.ts';

export function resolveSite(data: SiteData | undefined, editions: readonly Edition[]): SiteConfig {
  const newest = [...editions].sort((a, b) => compareCodePoints(b.meta.data.period.start, a.meta.data.period.start))[0];
  const municipality = data?.municipality ?? newest?.meta.data.municipality ?? '';
  const policeArea = data?.policeArea ?? municipality;
  const words = sv.site;
  return {
    municipality,
    policeArea,
    language: data?.language ?? 'sv',
    siteName: data?.siteName ?? words.siteName(municipality, policeArea),
    indexTitle: data?.indexTitle ?? words.indexTitle(municipality),
    footer: data?.footer ?? words.footer,
    pdfFileName: data?.pdfFileName ?? words.pdfFileName,
    keywords: data?.keywords ?? words.keywords,
    promiseActors: { ...words.promiseActors, ...data?.promiseActors },
    targets: data?.targets ?? [],
  };
}
