// Whether a signer's certificate leads to a trust anchor the user named: each link issued by
// the next (name and signature), each certificate valid at the time that counts. Revocation
// (CRL, OCSP) is not checked: that needs the network, or LTV data these PDFs do not carry.
import { X509Certificate } from 'node:crypto';
import type * as pkijs from 'pkijs';
import { sv } from '../language/index.ts';

export interface ChainCheck {
  trusted: boolean;
  /** Subjects from the signer up to the anchor, when trusted. */
  path: string[];
  problem: string | undefined;
}

const MAX_DEPTH = 8;

const words = sv.sign.chain;

export function toX509(certificate: pkijs.Certificate): X509Certificate {
  return new X509Certificate(Buffer.from(certificate.toSchema().toBER()));
}

/** Every certificate in a PEM file (one or more "BEGIN CERTIFICATE" blocks). */
export function readPemCertificates(pem: string): X509Certificate[] {
  const blocks = pem.match(/-----BEGIN CERTIFICATE-----[\s\S]+?-----END CERTIFICATE-----/g) ?? [];
  return blocks.map((block) => new X509Certificate(block));
}

const issues = (issuer: X509Certificate, subject: X509Certificate) => subject.checkIssued(issuer) && subject.verify(issuer.publicKey);
const validAt = (certificate: X509Certificate, time: Date) =>
  new Date(certificate.validFrom) <= time && time <= new Date(certificate.validTo);
const firstLine = (name: string) => name.split('\n').join(', ');

export function checkChain(leaf: X509Certificate, pool: X509Certificate[], anchors: X509Certificate[], time: Date): ChainCheck {
  const path: string[] = [];
  let current = leaf;
  for (let depth = 0; depth < MAX_DEPTH; depth += 1) {
    path.push(firstLine(current.subject));
    if (!validAt(current, time)) {
      return { trusted: false, path, problem: words.notValidThen(firstLine(current.subject)) };
    }
    if (anchors.some((anchor) => anchor.fingerprint256 === current.fingerprint256)) return { trusted: true, path, problem: undefined };
    const anchor = anchors.find((candidate) => issues(candidate, current));
    if (anchor) {
      path.push(firstLine(anchor.subject));
      return { trusted: true, path, problem: undefined };
    }
    const next = pool.find((candidate) => candidate.ca && candidate.fingerprint256 !== current.fingerprint256 && issues(candidate, current));
    if (!next) return { trusted: false, path, problem: words.noTrustedIssuer(firstLine(current.subject)) };
    current = next;
  }
  return { trusted: false, path, problem: words.tooLong };
}
