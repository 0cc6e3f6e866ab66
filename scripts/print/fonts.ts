// The fonts the printed document is set in. They come from @fontsource packages and are
// copied next to the print HTML, so the PDF never depends on what fonts the machine has
// (Chromium would otherwise fall back to DejaVu or Liberation, which differ between hosts).
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const require = createRequire(import.meta.url);

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

function packageDir(pkg: string): string {
  return dirname(require.resolve(`${pkg}/package.json`));
}

function unicodeRanges(dir: string): Record<string, string> {
  return JSON.parse(readFileSync(join(dir, 'unicode.json'), 'utf8')) as Record<string, string>;
}

let cached: FontFile[] | undefined;

export function fontFiles(): FontFile[] {
  if (cached) return cached;
  const files: FontFile[] = [];
  for (const { family, pkg, slug } of FONT_FAMILIES) {
    const dir = packageDir(pkg);
    const ranges = unicodeRanges(dir);
    for (const subset of SUBSETS) {
      const unicodeRange = ranges[subset];
      if (!unicodeRange) throw new Error(`${pkg} saknar teckenområdet ${subset} i unicode.json`);
      for (const weight of WEIGHTS) {
        for (const style of STYLES) {
          const name = `${slug}-${subset}-${weight}-${style}.woff2`;
          files.push({ name, path: join(dir, 'files', name), family, subset, weight, style, unicodeRange });
        }
      }
    }
  }
  cached = files;
  return files;
}

/** @font-face rules for every file in fontFiles(); `urlFor` says where the HTML finds a file. */
export function fontFaceCss(urlFor: (file: FontFile) => string): string {
  return fontFiles()
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
