// The one digest the project publishes and locks by: SHA-256 as lower-case hex, of bytes or of
// text as UTF-8. Manifests, locks, source digests and publishing all compare these strings.
import { createHash } from 'node:crypto';

export const sha256Hex = (data: string | Uint8Array): string => createHash('sha256').update(data).digest('hex');
