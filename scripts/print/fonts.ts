// The fonts the printed document is set in. They come from @fontsource packages and are
// copied next to the print HTML, so the PDF never depends on what fonts the machine has
// (Chromium would otherwise fall back to DejaVu or Liberation, which differ between hosts).
import { readFileSync } from 'node:fs';
import { EnvironmentError } from '../errors.ts';
import { sv } from '../language/index.ts';
import type { ToolAssets } from '../workspace/workspace.ts';

export type FontStyle = 'normal' | 'italic';

export interface FontFile {
  /** File name, unique across families: also the name it gets when copied next to the HTML. */
  name: string;
  /** Absolute path in the installed package. */
  path: string;
  family: string;
  subset: string;
  weight: number;
  style: FontStyle;
  /** CSS unicode-range of the subset, so Chromium loads only the files a text needs. */
  unicodeRange: string;
}

export const FONT_FAMILIES = [
  { family: 'Noto Serif', pkg: '@fontsource/noto-serif', slug: 'noto-serif' },
  { family: 'Noto Sans', pkg: '@fontsource/noto-sans', slug: 'noto-sans' },
] as const;

// latin covers Swedish (å ä ö é) and typographic punctuation; latin-ext names like Ł or ő.
export const SUBSETS = ['latin', 'latin-ext'] as const;
export const WEIGHTS = [400, 700] as const;
export const STYLES: readonly FontStyle[] = ['normal', 'italic'];

/** A font package's unicode.json: each subset's CSS unicode-range. */
function unicodeRanges(path: string): Record<string, string> {
  try {
    return JSON.parse(readFileSync(path, 'utf8')) as Record<string, string>;
  } catch (error) {
    // The tool's own files, read before any content: Swedish (sv) directly.
    throw new EnvironmentError(sv.workspace.fontMissing(path, (error as NodeJS.ErrnoException).code ?? (error as Error).message));
  }
}

const cache = new WeakMap<ToolAssets, FontFile[]>();

/** Every font file the print documents use, in the installed @fontsource packages. */
export function fontFiles(assets: ToolAssets): FontFile[] {
  const cached = cache.get(assets);
  if (cached) return cached;
  const files: FontFile[] = [];
  for (const { family, pkg, slug } of FONT_FAMILIES) {
    const table = assets.packageFile(pkg, 'unicode.json');
    const ranges = unicodeRanges(table);
    for (const subset of SUBSETS) {
      const unicodeRange = ranges[subset];
      if (!unicodeRange) throw new EnvironmentError(sv.workspace.fontSubsetMissing(table, subset));
      for (const weight of WEIGHTS) {
        for (const style of STYLES) {
          const name = `${slug}-${subset}-${weight}-${style}.woff2`;
          files.push({ name, path: assets.packageFile(pkg, `files/${name}`), family, subset, weight, style, unicodeRange });
        }
      }
    }
  }
  cache.set(assets, files);
  return files;
}

/** @font-face rules for `files`; `urlFor` says where the HTML finds a file. */
export function fontFaceCss(files: readonly FontFile[], urlFor: (file: FontFile) => string): string {
  return files
    .map((file) =>
      [
        '@font-face {',
        `  font-family: '${file.family}';`,
        `  font-style: ${file.style};`,
        `  font-weight: ${file.weight};`,
        // block, not swap: the PDF is printed once, after document.fonts.ready, and must never
        // be set in a fallback font.
        '  font-display: block;',
        `  src: url(${JSON.stringify(urlFor(file))}) format('woff2');`,
        `  unicode-range: ${file.unicodeRange};`,
        '}',
      ].join('\n'),
    )
    .join('\n');
}
