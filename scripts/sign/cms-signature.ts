// The signature value a PDF carries: a detached CMS SignedData as PAdES baseline (ETSI EN
// 319 142-1, B-B) wants it. Signed attributes are only content-type, message-digest and
// signing-certificate-v2; no signing-time, because PAdES puts the claimed time in the
// signature dictionary's /M. The key signs with Node's crypto: RSA PKCS#1 v1.5 is
// deterministic, so a fixed time gives the same bytes; Node 20 (OpenSSL 3.0) has no
// deterministic ECDSA (RFC 6979), so EC signatures differ on every run.
import { createHash, sign } from 'node:crypto';
import * as asn1js from 'asn1js';
import * as pkijs from 'pkijs';
import type { SigningIdentity } from './pkcs12.ts';

export const OID = {
  data: '1.2.840.113549.1.7.1',
  signedData: '1.2.840.113549.1.7.2',
  contentType: '1.2.840.113549.1.9.3',
  messageDigest: '1.2.840.113549.1.9.4',
  signingTime: '1.2.840.113549.1.9.5',
  signingCertificateV2: '1.2.840.113549.1.9.16.2.47',
  signatureTimeStampToken: '1.2.840.113549.1.9.16.2.14',
  tstInfo: '1.2.840.113549.1.9.16.1.4',
  sha256: '2.16.840.1.101.3.4.2.1',
  sha384: '2.16.840.1.101.3.4.2.2',
  sha512: '2.16.840.1.101.3.4.2.3',
  sha1: '1.3.14.3.2.26',
  rsaEncryption: '1.2.840.113549.1.1.1',
  sha256WithRsa: '1.2.840.113549.1.1.11',
  sha384WithRsa: '1.2.840.113549.1.1.12',
  sha512WithRsa: '1.2.840.113549.1.1.13',
  ecPublicKey: '1.2.840.10045.2.1',
  ecdsaWithSha256: '1.2.840.10045.4.3.2',
  ecdsaWithSha384: '1.2.840.10045.4.3.3',
  ecdsaWithSha512: '1.2.840.10045.4.3.4',
} as const;

export const sha256 = (bytes: Uint8Array): Uint8Array => new Uint8Array(createHash('sha256').update(bytes).digest());

const view = (bytes: Uint8Array): ArrayBuffer => new Uint8Array(bytes).buffer;

function attribute(type: string, value: asn1js.AsnType): pkijs.Attribute {
  return new pkijs.Attribute({ type, values: [value] });
}

/**
 * RFC 5035 SigningCertificateV2 with one ESSCertIDv2. SHA-256 is the DEFAULT hash algorithm,
 * so DER leaves it out; issuerSerial is left out as the CAdES baseline recommends.
 */
function signingCertificateV2(certificate: pkijs.Certificate): asn1js.Sequence {
  const certHash = sha256(new Uint8Array(certificate.toSchema().toBER()));
  return new asn1js.Sequence({
    value: [new asn1js.Sequence({ value: [new asn1js.Sequence({ value: [new asn1js.OctetString({ valueHex: view(certHash) })] })] })],
  });
}

/** DER sorts a SET OF by the encodings of its members; pkijs writes them in the order given. */
function derSorted(attributes: pkijs.Attribute[]): pkijs.Attribute[] {
  const encoded = attributes.map((item) => ({ item, der: Buffer.from(item.toSchema().toBER()) }));
  return encoded.sort((a, b) => Buffer.compare(a.der, b.der)).map(({ item }) => item);
}

function signatureAlgorithm(identity: SigningIdentity): pkijs.AlgorithmIdentifier {
  return identity.keyType === 'rsa'
    ? new pkijs.AlgorithmIdentifier({ algorithmId: OID.sha256WithRsa, algorithmParams: new asn1js.Null() })
    : new pkijs.AlgorithmIdentifier({ algorithmId: OID.ecdsaWithSha256 });
}

export interface CmsOptions {
  /**
   * Asks a timestamp authority for a token over the signature value (RFC 3161); the token is
   * added as the unsigned attribute signature-time-stamp (PAdES B-T).
   */
  timestamp?: (signatureValue: Uint8Array) => Promise<Uint8Array>;
}

/** A detached CMS SignedData (as a DER ContentInfo) over `content`. */
export async function signDetached(content: Uint8Array, identity: SigningIdentity, options: CmsOptions = {}): Promise<Uint8Array> {
  const signedAttributes = derSorted([
    attribute(OID.contentType, new asn1js.ObjectIdentifier({ value: OID.data })),
    attribute(OID.messageDigest, new asn1js.OctetString({ valueHex: view(sha256(content)) })),
    attribute(OID.signingCertificateV2, signingCertificateV2(identity.certificate)),
  ]);
  // What is signed is the attributes' DER with the SET tag, not the [0] they are stored under.
  const toBeSigned = new asn1js.Set({ value: signedAttributes.map((item) => item.toSchema()) }).toBER();
  // For EC, Node's default DER encoding of (r, s) is the ECDSA-Sig-Value CMS wants.
  const signatureValue = new Uint8Array(sign('sha256', new Uint8Array(toBeSigned), identity.privateKey));

  const signerInfo = new pkijs.SignerInfo({
    version: 1,
    sid: new pkijs.IssuerAndSerialNumber({ issuer: identity.certificate.issuer, serialNumber: identity.certificate.serialNumber }),
    digestAlgorithm: new pkijs.AlgorithmIdentifier({ algorithmId: OID.sha256 }),
    signedAttrs: new pkijs.SignedAndUnsignedAttributes({ type: 0, attributes: signedAttributes }),
    signatureAlgorithm: signatureAlgorithm(identity),
    signature: new asn1js.OctetString({ valueHex: view(signatureValue) }),
  });
  if (options.timestamp) {
    const token = await options.timestamp(signatureValue);
    const parsed = asn1js.fromBER(view(token));
    if (parsed.offset === -1) throw new Error('timestamp token is not DER');
    signerInfo.unsignedAttrs = new pkijs.SignedAndUnsignedAttributes({
      type: 1,
      attributes: [attribute(OID.signatureTimeStampToken, parsed.result)],
    });
  }

  const signedData = new pkijs.SignedData({
    version: 1,
    digestAlgorithms: [new pkijs.AlgorithmIdentifier({ algorithmId: OID.sha256 })],
    encapContentInfo: new pkijs.EncapsulatedContentInfo({ eContentType: OID.data }),
    certificates: [identity.certificate, ...identity.chain],
    signerInfos: [signerInfo],
  });
  const contentInfo = new pkijs.ContentInfo({ contentType: OID.signedData, content: signedData.toSchema(true) });
  return new Uint8Array(contentInfo.toSchema().toBER());
}
