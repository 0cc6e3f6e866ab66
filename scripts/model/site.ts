// The site configuration with its defaults: what agreement/webbplats.yaml leaves out comes from
// the language module, and without the file at all the municipality is the newest edition's.
// Its targets are where build --site and publish find the one they are named: here, beside the
// model, so that the build need not reach into publishing, which reads the build.
import { UsageError } from '../errors.ts';
import { type Language, sv, wordsFor } from '../language/index.ts';
import { AGREEMENT_DIR, SITE_FILE } from '../load/paths.ts';
import type { Edition, PublishTargetData, SiteConfig, SiteData } from './model.ts';
import { compareCodePoints } from './text.ts';

/** The site configuration's path in the content, as its messages name it. */
export const SITE_PATH = `${AGREEMENT_DIR}/${SITE_FILE}`;

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

/** Publishing targets as one place lists them, with the words to speak of them in. */
export interface TargetList {
  targets: readonly PublishTargetData[];
  /** Where they are listed, for the user: agreement/webbplats.yaml or the --targets file. */
  source: string;
  words: Language;
}

/** The targets of agreement/webbplats.yaml, in the site's language. */
export function siteTargetList(site: SiteConfig): TargetList {
  return { targets: site.targets, source: SITE_PATH, words: wordsFor(site.language) };
}

/** The target named by npm run publish -- <id> or npm run build -- --site <id>, or a usage error that says where the targets were looked for and lists them. */
export function findTarget(list: TargetList, id: string): PublishTargetData {
  const target = list.targets.find((candidate) => candidate.id === id);
  if (!target) throw new UsageError(list.words.publish.unknownTarget(id, list.source, list.targets.map((candidate) => candidate.id)));
  return target;
}
