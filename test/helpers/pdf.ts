// Independent checks of a PDF with poppler and qpdf: tools that share no code with the
// Chromium and pdf-lib that made it. Shared by the print tests and the build's tests.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export type PdfSource = string | Uint8Array;

/** Poppler and qpdf need a file; bytes are written to a temp file for the call. */
function withFile<T>(source: PdfSource, use: (path: string) => T): T {
  if (typeof source === 'string') return use(source);
  const dir = mkdtempSync(join(tmpdir(), 'pdf-check-'));
  const path = join(dir, 'doc.pdf');
  try {
    writeFileSync(path, source);
    return use(path);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function run(command: string, args: string[]): string {
  return execFileSync(command, args, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
}

export interface PdfInfo {
  /** Every "Key: value" line as printed. */
  fields: Record<string, string>;
  title: string | undefined;
  author: string | undefined;
  subject: string | undefined;
  keywords: string | undefined;
  creator: string | undefined;
  producer: string | undefined;
  tagged: boolean;
  pages: number;
  /** Of the first page, in points. */
  pageSize: { width: number; height: number };
  /** -isodates gives ISO 8601, which Date parses. */
  creationDate: Date | undefined;
  modDate: Date | undefined;
}

export function parsePdfInfo(text: string): PdfInfo {
  const fields: Record<string, string> = {};
  for (const line of text.split('\n')) {
    const match = /^([^:]+):\s*(.*)$/.exec(line);
    if (match?.[1] && match[2] !== undefined) fields[match[1].trim()] = match[2].trim();
  }
  const size = /([\d.]+) x ([\d.]+) pts/.exec(fields['Page size'] ?? '');
  const date = (key: string) => (fields[key] ? new Date(fields[key]) : undefined);
  return {
    fields,
    title: fields.Title,
    author: fields.Author,
    subject: fields.Subject,
    keywords: fields.Keywords,
    creator: fields.Creator,
    producer: fields.Producer,
    tagged: fields.Tagged === 'yes',
    pages: Number(fields.Pages ?? 0),
    pageSize: { width: Number(size?.[1] ?? 0), height: Number(size?.[2] ?? 0) },
    creationDate: date('CreationDate'),
    modDate: date('ModDate'),
  };
}

export function pdfInfo(source: PdfSource): PdfInfo {
  return withFile(source, (path) => parsePdfInfo(run('pdfinfo', ['-isodates', path])));
}

/** True when the page size is A4 portrait, to the rounding poppler prints. */
export function isA4(size: { width: number; height: number }): boolean {
  return Math.abs(size.width - 595.28) < 1 && Math.abs(size.height - 841.89) < 1;
}

/** Text of one page (1-based), or of the whole document; -layout off, so words stay in reading order. */
export function pdfText(source: PdfSource, page?: number): string {
  const range = page === undefined ? [] : ['-f', String(page), '-l', String(page)];
  return withFile(source, (path) => run('pdftotext', ['-enc', 'UTF-8', ...range, path, '-']));
}

export interface PdfFont {
  /** Without the subset prefix ("ABCDEF+"). */
  name: string;
  fullName: string;
  type: string;
  encoding: string;
  embedded: boolean;
  subset: boolean;
  unicode: boolean;
}

export function parsePdfFonts(text: string): PdfFont[] {
  const lines = text.split('\n');
  const rule = lines.findIndex((line) => line.startsWith('---'));
  if (rule < 0) return [];
  // Columns are fixed-width under the dashes; names and types can contain spaces.
  const columns = [...(lines[rule] ?? '').matchAll(/-+/g)].map((m) => [m.index ?? 0, (m.index ?? 0) + m[0].length] as const);
  const cell = (line: string, i: number) => {
    const column = columns[i];
    if (!column) return '';
    const next = columns[i + 1];
    return line.slice(column[0], next ? next[0] : undefined).trim();
  };
  return lines
    .slice(rule + 1)
    .filter((line) => line.trim() !== '')
    .map((line) => {
      const fullName = cell(line, 0);
      return {
        fullName,
        name: fullName.replace(/^[A-Z]{6}\+/, ''),
        type: cell(line, 1),
        encoding: cell(line, 2),
        embedded: cell(line, 3) === 'yes',
        subset: cell(line, 4) === 'yes',
        unicode: cell(line, 5) === 'yes',
      };
    });
}

export function pdfFonts(source: PdfSource): PdfFont[] {
  return withFile(source, (path) => parsePdfFonts(run('pdffonts', [path])));
}

export interface QpdfCheck {
  ok: boolean;
  output: string;
}

/** qpdf --check; exit 0 is clean, 3 is warnings only, 2 is errors. Warnings count as not ok. */
export function qpdfCheck(source: PdfSource): QpdfCheck {
  return withFile(source, (path) => {
    const result = spawnSync('qpdf', ['--check', path], { encoding: 'utf8' });
    return { ok: result.status === 0, output: `${result.stdout}${result.stderr}` };
  });
}

export function qpdfJson(source: PdfSource): Record<string, unknown> {
  return withFile(source, (path) => JSON.parse(run('qpdf', ['--json=2', path])) as Record<string, unknown>);
}

export interface OutlineEntry {
  title: string;
  depth: number;
}

interface QpdfOutline {
  title?: string;
  kids?: QpdfOutline[];
}

/** The bookmarks, depth-first in document order; depth 0 is the top level. */
export function outlineEntries(source: PdfSource): OutlineEntry[] {
  const outlines = (qpdfJson(source).outlines ?? []) as QpdfOutline[];
  const entries: OutlineEntry[] = [];
  const walk = (items: QpdfOutline[], depth: number) => {
    for (const item of items) {
      entries.push({ title: item.title ?? '', depth });
      walk(item.kids ?? [], depth + 1);
    }
  };
  walk(outlines, 0);
  return entries;
}

export function outlineTitles(source: PdfSource): string[] {
  return outlineEntries(source).map((entry) => entry.title);
}

/** The catalog's /Lang, e.g. "sv", read with qpdf. */
export function pdfLanguage(source: PdfSource): string | undefined {
  const json = qpdfJson(source) as { qpdf?: [unknown, Record<string, { value?: Record<string, unknown> }>] };
  const objects = json.qpdf?.[1] ?? {};
  const trailer = objects.trailer?.value as { '/Root'?: string } | undefined;
  const root = trailer?.['/Root'];
  const catalog = root ? objects[`obj:${root}`]?.value : undefined;
  const lang = catalog?.['/Lang'];
  return typeof lang === 'string' ? lang.replace(/^u:/, '') : undefined;
}

/** Whether the catalog has a structure tree (StructTreeRoot) and MarkInfo /Marked true. */
export function hasStructureTree(source: PdfSource): boolean {
  const json = qpdfJson(source) as { qpdf?: [unknown, Record<string, { value?: Record<string, unknown> }>] };
  const objects = json.qpdf?.[1] ?? {};
  const root = (objects.trailer?.value as { '/Root'?: string } | undefined)?.['/Root'];
  const catalog = root ? objects[`obj:${root}`]?.value : undefined;
  const markInfo = catalog?.['/MarkInfo'] as Record<string, unknown> | string | undefined;
  return Boolean(catalog?.['/StructTreeRoot']) && markInfo !== undefined;
}

/** The structure types used in the tag tree (H1, P, L, LI, Link …), from qpdf's object dump. */
export function structureTypes(source: PdfSource): Set<string> {
  const json = qpdfJson(source) as { qpdf?: [unknown, Record<string, { value?: Record<string, unknown> }>] };
  const types = new Set<string>();
  for (const object of Object.values(json.qpdf?.[1] ?? {})) {
    const value = object.value;
    if (value && value['/Type'] === '/StructElem' && typeof value['/S'] === 'string') types.add(value['/S'].slice(1));
    // Chromium leaves out /Type on structure elements; /S with a /P (parent) marks them too.
    else if (value && typeof value['/S'] === 'string' && '/P' in value) types.add(value['/S'].slice(1));
  }
  return types;
}
