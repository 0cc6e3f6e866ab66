import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fontFaceCss, fontFiles as filesOf } from '../../scripts/print/fonts.ts';
import { TEST_ASSETS } from '../helpers/workspace.ts';

const fontFiles = () => filesOf(TEST_ASSETS);

describe('fonts', () => {
  it('lists Noto Serif and Noto Sans, latin and latin-ext, 400/700, normal/italic, as files that exist', () => {
    const files = fontFiles();
    expect(files).toHaveLength(2 * 2 * 2 * 2);
    expect(new Set(files.map((f) => f.name)).size).toBe(files.length);
    for (const file of files) {
      expect(existsSync(file.path), file.path).toBe(true);
      expect(file.name).toMatch(/^noto-(serif|sans)-latin(-ext)?-(400|700)-(normal|italic)\.woff2$/);
      expect(file.path).not.toMatch(/^\.|\/\.\.\//);
    }
    expect(files.filter((f) => f.subset === 'latin-ext' && f.family === 'Noto Serif' && f.weight === 700 && f.style === 'italic')).toHaveLength(1);
  });

  it('gives one @font-face per file, with the caller\'s URL and the subset\'s unicode-range', () => {
    const css = fontFaceCss(fontFiles(), (file) => `fonts/${file.name}`);
    expect(css.match(/@font-face/g)).toHaveLength(fontFiles().length);
    expect(css).toContain(`src: url("fonts/noto-serif-latin-400-normal.woff2") format('woff2');`);
    expect(css).toMatch(/font-family: 'Noto Sans';\n  font-style: italic;\n  font-weight: 700;/);
    // latin must cover å ä ö (U+00E5, U+00E4, U+00F6) via U+0000-00FF.
    expect(css).toContain('unicode-range: U+0000-00FF');
    expect(css).toContain('unicode-range: U+0100-02BA');
  });
});
