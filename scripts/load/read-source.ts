// Reads one content file as text (the decoder keeps a BOM, so that it can be reported). Encoding problems are reported on the file rather than
// thrown, so that one bad file does not hide the problems of the others.
import { VFile } from 'vfile';
import { sv } from '../language/index.ts';
import { report } from '../report/problem.ts';
import type { EntryKind, Workspace } from '../workspace/workspace.ts';
import { markdownTextExceeds } from './bounds.ts';
import { reportExceeded } from './limit-messages.ts';
import { LIMITS } from './limits.ts';

const BOM = '\uFEFF';
// Loading knows no site configuration yet: the words are Swedish (sv) directly.
const words = sv.load;

/**
 * Reports a link or a special file where content was expected, by its own path. A link could
 * point anywhere on the machine (a CI secret, /proc/self/environ, another folder of promises):
 * content is only what is in the repository itself. A FIFO or a device would never end.
 */
export function refuseEntry(file: VFile, kind: Extract<EntryKind, 'symlink' | 'other'>, what: 'file' | 'folder' | 'entry' = 'file'): void {
  report(file, { ruleId: 'unreadable', severity: 'error', ...(kind === 'symlink' ? words.refused.symlink(what) : words.refused.other) });
}

/** The file at `path` (relative to the content root) with its text in `value`, or with an error message and an empty value. */
export async function readSource(workspace: Workspace, path: string): Promise<{ file: VFile; ok: boolean }> {
  const file = new VFile({ path, cwd: workspace.root, value: '' });
  const kind = await workspace.files.kind(path);
  if (kind === 'symlink' || kind === 'other') {
    refuseEntry(file, kind);
    return { file, ok: false };
  }
  let bytes: Uint8Array;
  try {
    bytes = await workspace.files.read(path, LIMITS.fileBytes);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EFBIG') {
      reportExceeded(file, { limit: 'fileBytes', line: 1 });
      return { file, ok: false };
    }
    // Swapped for a link or a FIFO between looking and reading.
    if (code === 'ELOOP' || code === 'EINVAL') {
      refuseEntry(file, code === 'ELOOP' ? 'symlink' : 'other');
      return { file, ok: false };
    }
    report(file, { ruleId: 'unreadable', severity: 'error', ...(code === 'EISDIR' ? words.source.isFolder : words.source.unreadable(code)) });
    return { file, ok: false };
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    report(file, { ruleId: 'encoding', severity: 'error', ...words.source.notUtf8 });
    return { file, ok: false };
  }
  if (text.startsWith(BOM)) {
    text = text.slice(BOM.length);
    report(file, { ruleId: 'encoding', severity: 'warning', place: { start: { line: 1, column: 1 } }, ...words.source.bom });
  }
  if (text.includes('\r')) {
    const at = text.indexOf('\r');
    const line = text.slice(0, at).split('\n').length;
    const windows = text[at + 1] === '\n';
    text = text.replace(/\r\n?/g, '\n');
    report(file, { ruleId: 'line-endings', severity: 'warning', place: { start: { line, column: 1 } }, ...words.source.lineEndings(windows) });
  }
  if (text.trim() === '') {
    report(file, { ruleId: 'empty-file', severity: 'error', place: { start: { line: 1, column: 1 } }, ...words.source.empty });
    return { file, ok: false };
  }
  const exceeded = path.endsWith('.md') ? markdownTextExceeds(text) : undefined;
  if (exceeded) {
    reportExceeded(file, exceeded);
    return { file, ok: false };
  }
  file.value = text;
  return { file, ok: true };
}
