// The one binary file the loader reads: a signed PDF committed into an edition's folder under a
// fixed name, to be published as that edition's PDF instead of a print.
import { VFile } from 'vfile';
import { sv } from '../language/index.ts';
import type { SignedPdfRecord } from '../sign/signed-record.ts';
import type { EntryKind, Workspace } from '../workspace/workspace.ts';

export const SIGNED_PDF_FILE = 'undertecknad.pdf';

/** Far above any agreement's PDF, far below what would strain the build's memory. */
const SIGNED_PDF_MAX_BYTES = 64 * 1024 * 1024;

/** The PDF at `path`, of the kind the listing of its folder gave. */
export async function loadSignedPdf(workspace: Workspace, path: string, kind: EntryKind): Promise<SignedPdfRecord> {
  const file = new VFile({ path, cwd: workspace.root });
  const unusable = (problem: SignedPdfRecord['problem']): SignedPdfRecord => ({ file, problem, signatures: [], broken: [] });
  // Like text sources, only a regular file in the repository: a link could point anywhere.
  if (kind !== 'file') return unusable({ kind: 'not-a-file' });
  let bytes: Uint8Array;
  try {
    bytes = await workspace.files.read(path);
  } catch (error) {
    return unusable({ kind: 'unreadable', code: (error as NodeJS.ErrnoException).code ?? sv.load.unknownError });
  }
  if (bytes.length > SIGNED_PDF_MAX_BYTES) return unusable({ kind: 'too-large', bytes: bytes.length, limit: SIGNED_PDF_MAX_BYTES });
  // Loaded only here: the signature checking (pkijs, a PDF parser) would otherwise weigh on every check.
  const { inspectSignedPdf } = await import('../sign/signed-record.ts');
  return inspectSignedPdf(file, bytes);
}
