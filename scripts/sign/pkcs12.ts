// The signer's key and certificates, read from a PKCS#12 file (.p12/.pfx) in pure JS:
// pkijs decrypts the bags (PBES2/AES as OpenSSL 3 writes them), Node's crypto imports the
// PKCS#8 key, RSA and EC alike. node-forge would have been simpler but cannot read EC keys.
import { createPrivateKey, createPublicKey, type KeyObject } from 'node:crypto';
import * as asn1js from 'asn1js';
import * as pkijs from 'pkijs';

const PKCS8_SHROUDED_KEY_BAG = '1.2.840.113549.1.12.10.1.2';
const KEY_BAG = '1.2.840.113549.1.12.10.1.1';
const CERT_BAG = '1.2.840.113549.1.12.10.1.3';
const X509_CERTIFICATE = '1.2.840.113549.1.9.22.1';

export interface SigningIdentity {
  privateKey: KeyObject;
  /** The certificate of `privateKey`. */
  certificate: pkijs.Certificate;
  /** The other certificates in the file (issuers), to embed so a verifier can build the chain. */
  chain: pkijs.Certificate[];
  keyType: 'rsa' | 'ec';
}

/** The file cannot be opened with the passphrase, or is not a PKCS#12 file. */
export class Pkcs12Error extends Error {
  constructor(
    message: string,
    readonly reason: 'passphrase' | 'format' | 'content',
  ) {
    super(message);
  }
}

// A copy: a Node Buffer's .buffer is a shared pool, and its slice() does not copy.
const toArrayBuffer = (bytes: Uint8Array): ArrayBuffer => new Uint8Array(bytes).buffer;

export async function readPkcs12(bytes: Uint8Array, passphrase: string): Promise<SigningIdentity> {
  // OpenSSL turns the passphrase into UTF-8 for PBES2 and into BMPString for the MAC; pkijs
  // takes the UTF-8 bytes and does the BMPString step itself.
  const password = toArrayBuffer(new TextEncoder().encode(passphrase));
  let pfx: pkijs.PFX;
  try {
    pfx = pkijs.PFX.fromBER(toArrayBuffer(bytes));
  } catch {
    throw new Pkcs12Error('not a PKCS#12 file', 'format');
  }
  try {
    await pfx.parseInternalValues({ password, checkIntegrity: true });
  } catch {
    throw new Pkcs12Error('integrity check failed', 'passphrase');
  }
  const safe = pfx.parsedValue?.authenticatedSafe;
  if (!safe) throw new Pkcs12Error('no authenticated safe', 'format');
  try {
    await safe.parseInternalValues({ safeContents: safe.safeContents.map(() => ({ password })) });
  } catch {
    // A file without a MAC gets here with a wrong passphrase: the decryption fails.
    throw new Pkcs12Error('decryption failed', 'passphrase');
  }

  const keys: Uint8Array[] = [];
  const certificates: pkijs.Certificate[] = [];
  const contents = (safe.parsedValue as { safeContents: Array<{ value: pkijs.SafeContents }> }).safeContents;
  for (const { value } of contents) {
    for (const bag of value.safeBags) {
      if (bag.bagId === PKCS8_SHROUDED_KEY_BAG) {
        const shrouded = bag.bagValue as pkijs.PKCS8ShroudedKeyBag;
        try {
          // Public in pkijs's code, protected only in its type declarations.
          await (shrouded as unknown as { parseInternalValues(parameters: { password: ArrayBuffer }): Promise<void> }).parseInternalValues({ password });
        } catch {
          throw new Pkcs12Error('key decryption failed', 'passphrase');
        }
        if (shrouded.parsedValue) keys.push(new Uint8Array(shrouded.parsedValue.toSchema().toBER()));
      } else if (bag.bagId === KEY_BAG) {
        keys.push(new Uint8Array((bag.bagValue as pkijs.PrivateKeyInfo).toSchema().toBER()));
      } else if (bag.bagId === CERT_BAG) {
        const certBag = bag.bagValue as pkijs.CertBag;
        if (certBag.certId !== X509_CERTIFICATE) continue;
        const value = certBag.parsedValue ?? certBag.certValue;
        if (value instanceof pkijs.Certificate) certificates.push(value);
        else if (value instanceof asn1js.OctetString) certificates.push(pkijs.Certificate.fromBER(value.getValue()));
      }
    }
  }
  if (keys.length !== 1) throw new Pkcs12Error(`expected one private key, found ${keys.length}`, 'content');
  const privateKey = createPrivateKey({ key: Buffer.from(keys[0]!), format: 'der', type: 'pkcs8' });
  const keyType = privateKey.asymmetricKeyType;
  if (keyType !== 'rsa' && keyType !== 'ec') throw new Pkcs12Error(`unsupported key type ${keyType}`, 'content');

  // The key's own certificate is the one whose public key matches, whatever the bag order.
  const publicKey = createPublicKey(privateKey).export({ format: 'der', type: 'spki' });
  const own = certificates.find((certificate) =>
    Buffer.from(certificate.subjectPublicKeyInfo.toSchema().toBER()).equals(publicKey),
  );
  if (!own) throw new Pkcs12Error('no certificate for the private key', 'content');
  return { privateKey, certificate: own, chain: certificates.filter((certificate) => certificate !== own), keyType };
}
