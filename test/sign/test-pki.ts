// A throwaway PKI for the signing tests, made by openssl in a temp folder at test time (no key
// or certificate is ever committed): a root CA, an RSA signer and EC (P-256) signers, an
// organisation seal, a timestamp authority (extendedKeyUsage critical timeStamping), their
// .p12 files, and an NSS database that trusts the root, for pdfsig. One RSA key only: on two
// busy cores each RSA key costs most of a second, an EC key almost nothing.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const PASSPHRASE = 'hemligt-lösenord';

export interface TestIdentity {
  p12: string;
  cert: string;
  key: string;
  subject: string;
}

export interface TestPki {
  dir: string;
  caPem: string;
  nssDir: string;
  rsa: TestIdentity;
  ec: TestIdentity;
  seal: TestIdentity;
  /** One more signer: pdfsig (poppler 22) cannot check one certificate twice in a file. */
  other: TestIdentity;
  tsa: TestIdentity;
  cleanup(): void;
}

function openssl(dir: string, args: string[]): void {
  execFileSync('openssl', args, { cwd: dir, stdio: ['ignore', 'pipe', 'pipe'] });
}

function issue(dir: string, name: string, subject: string, keyArgs: string[], extensions: string, serial: number): TestIdentity {
  const key = join(dir, `${name}.key`);
  const cert = join(dir, `${name}.pem`);
  const ext = join(dir, `${name}.ext`);
  writeFileSync(ext, extensions);
  openssl(dir, ['req', '-new', '-utf8', ...keyArgs, '-nodes', '-keyout', key, '-out', `${name}.csr`, '-subj', subject]);
  openssl(dir, ['x509', '-req', '-in', `${name}.csr`, '-CA', 'ca.pem', '-CAkey', 'ca.key', '-set_serial', String(serial), '-days', '3650', '-sha256', '-extfile', ext, '-out', cert]);
  const p12 = join(dir, `${name}.p12`);
  // -name: the nickname NSS gives the key when a test imports it for pdfsig to sign with.
  openssl(dir, ['pkcs12', '-export', '-name', name, '-inkey', key, '-in', cert, '-certfile', 'ca.pem', '-out', p12, '-passout', `pass:${PASSPHRASE}`]);
  return { p12, cert, key, subject };
}

const SIGNER_EXTENSIONS = 'basicConstraints=critical,CA:FALSE\nkeyUsage=critical,digitalSignature,nonRepudiation\n';
const TSA_EXTENSIONS = 'basicConstraints=critical,CA:FALSE\nkeyUsage=critical,digitalSignature\nextendedKeyUsage=critical,timeStamping\n';
const RSA = ['-newkey', 'rsa:2048'];
const EC = ['-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:P-256'];

export function createTestPki(): TestPki {
  const dir = mkdtempSync(join(tmpdir(), 'sign-pki-'));
  openssl(dir, [
    'req', '-x509', '-utf8', ...EC, '-nodes', '-keyout', 'ca.key', '-out', 'ca.pem', '-days', '3650', '-sha256',
    '-subj', '/CN=Testrot för underskrifter/O=Provorganisationen',
    '-addext', 'basicConstraints=critical,CA:TRUE', '-addext', 'keyUsage=critical,keyCertSign,cRLSign',
  ]);
  const pki = {
    dir,
    caPem: join(dir, 'ca.pem'),
    nssDir: join(dir, 'nss'),
    rsa: issue(dir, 'rsa', '/CN=Åsa Öberg/O=Degerfors kommun', RSA, SIGNER_EXTENSIONS, 2),
    ec: issue(dir, 'ec', '/CN=Bertil Berg/O=Polismyndigheten', EC, SIGNER_EXTENSIONS, 3),
    seal: issue(dir, 'seal', '/CN=Degerfors kommun/O=Degerfors kommun', EC, SIGNER_EXTENSIONS, 4),
    other: issue(dir, 'other', '/CN=Cecilia Carlsson/O=Degerfors kommun', EC, SIGNER_EXTENSIONS, 5),
    tsa: issue(dir, 'tsa', '/CN=Testtidsstämpel/O=Provorganisationen', EC, TSA_EXTENSIONS, 6),
    cleanup: () => rmSync(dir, { recursive: true, force: true }),
  };
  // "C,C,C": trusted issuer for SSL, e-mail and object signing; pdfsig checks the e-mail use.
  execFileSync('mkdir', ['-p', pki.nssDir]);
  execFileSync('certutil', ['-N', '-d', `sql:${pki.nssDir}`, '--empty-password'], { stdio: 'pipe' });
  execFileSync('certutil', ['-A', '-d', `sql:${pki.nssDir}`, '-n', 'testrot', '-t', 'C,C,C', '-i', pki.caPem], { stdio: 'pipe' });
  return pki;
}

export interface PdfsigSignature {
  field: string;
  /** pdfsig lists empty signature fields too ("The signature form field is not signed."). */
  signed: boolean;
  commonName: string;
  signatureValid: boolean;
  /** "Signature is Valid.", "Digest Mismatch.", …: pdfsig exits 0 either way. */
  signatureStatus: string;
  certificateTrusted: boolean;
  totalDocumentSigned: boolean;
}

/**
 * pdfsig's text, one entry per "Signature #n:" block. Without -no-ocsp: with it, poppler 22.12
 * reports "Unknown issue with Certificate" for a trusted chain; these certificates name no
 * OCSP responder, so nothing is looked up on the network either way.
 */
export function pdfsig(pki: TestPki, file: string): PdfsigSignature[] {
  const text = execFileSync('pdfsig', ['-nssdir', `sql:${pki.nssDir}`, file], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  return text
    .split(/^Signature #\d+:$/m)
    .slice(1)
    .map((block) => {
      const value = (label: string) => new RegExp(`- ${label}: (.*)$`, 'm').exec(block)?.[1]?.trim() ?? '';
      const status = value('Signature Validation');
      return {
        field: value('Signature Field Name'),
        signed: !block.includes('The signature form field is not signed.'),
        commonName: value('Signer Certificate Common Name'),
        signatureValid: status === 'Signature is Valid.',
        signatureStatus: status,
        certificateTrusted: value('Certificate Validation') === 'Certificate is Trusted.',
        totalDocumentSigned: /^\s*- Total document signed$/m.test(block),
      };
    });
}

/**
 * Signs with poppler itself (adbe.pkcs7.detached, NSS): a signer that shares no code with ours.
 * RSA only: with an EC key pdfsig 22.12 fails about every other time ("unable update
 * signature"), as an ECDSA value's length varies by a byte or two.
 */
export function pdfsigSign(pki: TestPki, identity: 'rsa', input: string, output: string, field: string): void {
  const nss = `sql:${pki.nssDir}`;
  execFileSync('pk12util', ['-i', pki[identity].p12, '-d', nss, '-W', PASSPHRASE, '-K', ''], { stdio: 'pipe' });
  execFileSync('pdfsig', ['-nssdir', nss, '-add-signature', '-nick', identity, '-new-signature-field-name', field, '-reason', 'Prov', input, output], { stdio: 'pipe' });
}
