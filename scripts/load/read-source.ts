// Reads one content file as text (the decoder keeps a BOM, so that it can be reported). Encoding problems are reported on the file rather than
// thrown, so that one bad file does not hide the problems of the others.
import { lstat, readFile } from 'node:fs/promises';
import { relative } from 'node:path';
import { VFile } from 'vfile';
import { report } from '../report/problem.ts';

const BOM = '\uFEFF';

/** The file with its text in `value`, or with an error message and an empty value. */
export async function readSource(root: string, path: string): Promise<{ file: VFile; ok: boolean }> {
  const file = new VFile({ path: relative(root, path), cwd: root, value: '' });
  // A link could point anywhere on the machine (a CI secret, /proc/self/environ): content is
  // only what is in the repository itself.
  if ((await lstat(path).catch(() => undefined))?.isSymbolicLink()) {
    report(file, {
      ruleId: 'unreadable',
      severity: 'error',
      reason: 'Filen är en symbolisk länk. Bygget läser bara filer som ligger i arkivet.',
      fix: 'Ersätt länken med en kopia av filen.',
    });
    return { file, ok: false };
  }
  let bytes: Uint8Array;
  try {
    bytes = await readFile(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    report(file, {
      ruleId: 'unreadable',
      severity: 'error',
      reason: code === 'EISDIR' ? 'Det här är en mapp, inte en fil.' : `Filen går inte att läsa (${code ?? 'okänt fel'}).`,
      fix: code === 'EISDIR'
        ? 'Byt namn på mappen så att den inte slutar på .md eller .yaml.'
        : 'Kontrollera att filen finns och att du har rätt att läsa den.',
    });
    return { file, ok: false };
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    report(file, {
      ruleId: 'encoding',
      severity: 'error',
      reason: 'Filen är inte sparad som UTF-8.',
      fix: 'Öppna filen i editorn och spara den med teckenkodningen UTF-8 (i VS Code: "Save with Encoding" → UTF-8).',
    });
    return { file, ok: false };
  }
  if (text.startsWith(BOM)) {
    text = text.slice(BOM.length);
    report(file, {
      ruleId: 'encoding',
      severity: 'warning',
      place: { start: { line: 1, column: 1 } },
      reason: 'Filen börjar med ett byte order mark (BOM).',
      fix: 'Spara filen som UTF-8 utan BOM.',
    });
  }
  if (text.includes('\r')) {
    const line = text.slice(0, text.indexOf('\r')).split('\n').length;
    text = text.replace(/\r\n?/g, '\n');
    report(file, {
      ruleId: 'line-endings',
      severity: 'warning',
      place: { start: { line, column: 1 } },
      reason: 'Filen har Windows-radslut (CRLF).',
      fix: 'Spara filen med radslut LF (i VS Code: klicka på "CRLF" i statusraden och välj "LF").',
    });
  }
  if (text.trim() === '') {
    report(file, {
      ruleId: 'empty-file',
      severity: 'error',
      place: { start: { line: 1, column: 1 } },
      reason: 'Filen är tom.',
      fix: 'Fyll i filen eller ta bort den.',
    });
    return { file, ok: false };
  }
  file.value = text;
  return { file, ok: true };
}
