// Where each revision of a PDF ends. A signed file grows by incremental updates; each one ends
// with "startxref <offset> %%EOF", and a signature that covers "its revision" covers the file
// up to one of these ends.

export interface RevisionEnd {
  /** Offset just after "%%EOF". */
  eof: number;
  /** Offset after the end-of-line that may follow it. */
  end: number;
}

export function revisionEnds(bytes: Uint8Array): RevisionEnd[] {
  // latin1 keeps one character per byte, so string offsets are byte offsets.
  const text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1');
  const ends: RevisionEnd[] = [];
  for (const match of text.matchAll(/startxref\s+\d+\s+%%EOF/g)) {
    const eof = (match.index ?? 0) + match[0].length;
    const eol = /^(\r\n|\r|\n)?/.exec(text.slice(eof, eof + 2))?.[0] ?? '';
    ends.push({ eof, end: eof + eol.length });
  }
  return ends;
}

/** The 1-based revision whose end `offset` is, or undefined when it ends inside one. */
export function revisionEndingAt(ends: readonly RevisionEnd[], offset: number): number | undefined {
  const index = ends.findIndex((end) => offset >= end.eof && offset <= end.end);
  return index >= 0 ? index + 1 : undefined;
}
