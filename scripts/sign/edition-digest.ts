// The source digest: one SHA-256 over an edition's sources, written into its PDF's document
// information when the PDF is made, so that a signed PDF committed later can be shown to say
// what the sources in git say. It is taken as the lock takes them (edition-lock.ts), with one
// difference: of edition.yaml only what was agreed counts, not the facts of the signing that are
// filled in after it (the status, the place and dates of signing). Those change when the
// agreement is signed; the PDF that was signed does not.
import { EDITION_FILE } from '../load/paths.ts';
import { editionSources, hashSources } from '../lock/edition-lock.ts';
import { sha256Hex } from '../model/digest.ts';
import type { Content, Edition, EditionData } from '../model/model.ts';

/** edition.yaml without what is written down only once the agreement is signed. */
function agreedData({ status, signing, signatories, ...agreed }: EditionData): object {
  return { ...agreed, signatories: signatories.map(({ place, date, ...signatory }) => signatory) };
}

/** "sha256:<hex>" over every source file's hash, by path within the edition's folder. */
export function editionSourceDigest(content: Content, edition: Edition): string {
  const hashes = hashSources(content, editionSources(content, edition.id));
  hashes[EDITION_FILE] = sha256Hex(JSON.stringify(agreedData(edition.meta.data)));
  const listed = Object.keys(hashes)
    .sort()
    .map((path) => `${path}\t${hashes[path]}\n`)
    .join('');
  return `sha256:${sha256Hex(listed)}`;
}
