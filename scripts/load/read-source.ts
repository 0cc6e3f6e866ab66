// Reads one content file as text (the decoder keeps a BOM, so that it can be reported). Encoding problems are reported on the file rather than
// thrown, so that one bad file does not hide the problems of the others.
import { VFile } from 'vfile';
import { report } from '../report/problem.ts';
import type { Workspace } from '../workspace/workspace.ts';

const BOM = '\uFEFF';

/** The file at `path` (relative to the content root) with its text in `value`, or with an error message and an empty value. */
export async function readSource(workspace: Workspace, path: string): Promise<{ file: VFile; ok: boolean }> {
  const file = new VFile({ path, cwd: workspace.root, value: '' });
  const kind = await workspace.files.kind(path);
  // A link could point anywhere on the machine (a CI secret, /proc/self/environ): content is
  // only what is in the repository itself. A FIFO or a device would never end.
  if (kind === 'symlink' || kind === 'other') {
    report(file, {
      ruleId: 'unreadable',
      severity: 'error',
      reason: kind === 'symlink'
        ? 'Filen är en symbolisk länk. Bygget läser bara filer som ligger i arkivet.'
        : 'Det här är ingen vanlig fil (utan t.ex. en namngiven rörledning eller en enhet).',
      fix: kind === 'symlink' ? 'Ersätt länken med en kopia av filen.' : 'Ta bort den och lägg en vanlig textfil där.',
    });
    return { file, ok: false };
  }
  let bytes: Uint8Array;
  try {
    bytes = await workspace.files.read(path);
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
