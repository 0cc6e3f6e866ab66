// Checks a CMS SignedData against the content it signs: the message digest, the signature over
// the signed attributes (RSA PKCS#1 v1.5 and ECDSA, with Node's crypto) and the
// signing-certificate attribute that binds the signer's certificate. Used for the PDF
// signatures and for the timestamp tokens inside them.
import { createHash, createPublicKey, verify } from 'node:crypto';
import * as asn1js from 'asn1js';
import * as pkijs from 'pkijs';
import { sv } from '../language/index.ts';
import { OID } from './cms-signature.ts';
import { formatName } from './distinguished-name.ts';
import { readTstInfo } from './timestamp-client.ts';

const HASHES: Record<string, string> = {
  [OID.sha1]: 'sha1',
  [OID.sha256]: 'sha256',
  [OID.sha384]: 'sha384',
  [OID.sha512]: 'sha512',
};

/** Signature algorithms that name their hash; rsaEncryption and ecPublicKey take the digest algorithm's. */
const SIGNATURE_HASHES: Record<string, string> = {
  [OID.sha256WithRsa]: 'sha256',
  [OID.sha384WithRsa]: 'sha384',
  [OID.sha512WithRsa]: 'sha512',
  [OID.ecdsaWithSha256]: 'sha256',
  [OID.ecdsaWithSha384]: 'sha384',
  [OID.ecdsaWithSha512]: 'sha512',
};

const SIGNING_CERTIFICATE_V1 = '1.2.840.113549.1.9.16.2.12';

const words = sv.sign.problems;

export interface SignerIdentity {
  subject: string;
  issuer: string;
  serialNumber: string;
}

export interface CmsVerification {
  signer: SignerIdentity | undefined;
  signerCertificate: pkijs.Certificate | undefined;
  /** Every certificate the CMS carries, the signer's among them. */
  certificates: pkijs.Certificate[];
  /** Node's name of the digest algorithm, e.g. "sha256". */
  digestAlgorithm: string | undefined;
  messageDigestOk: boolean;
  signatureOk: boolean;
  /** Whether signing-certificate(-v2) names the signer's certificate; undefined when absent. */
  signingCertificateOk: boolean | undefined;
  hasSigningTimeAttribute: boolean;
  signatureValue: Uint8Array;
  /** The unsigned signature-time-stamp attribute's token, DER. */
  timestampToken: Uint8Array | undefined;
  /** What failed, in Swedish, for the report. */
  problems: string[];
}

const bytesOf = (value: { valueBlock: { valueHexView: Uint8Array } }) => new Uint8Array(value.valueBlock.valueHexView);
const der = (value: { toBER(): ArrayBuffer }) => new Uint8Array(value.toBER());
const digest = (algorithm: string, data: Uint8Array) => new Uint8Array(createHash(algorithm).update(data).digest());
const equal = (a: Uint8Array, b: Uint8Array) => Buffer.from(a).equals(Buffer.from(b));

function parseSignedData(cms: Uint8Array): pkijs.SignedData {
  const parsed = asn1js.fromBER(new Uint8Array(cms).buffer);
  if (parsed.offset === -1) throw new Error('not BER');
  const info = new pkijs.ContentInfo({ schema: parsed.result });
  if (info.contentType !== OID.signedData) throw new Error(`content type ${info.contentType}`);
  return new pkijs.SignedData({ schema: info.content });
}

function findSigner(signedData: pkijs.SignedData, signerInfo: pkijs.SignerInfo): pkijs.Certificate | undefined {
  const certificates = (signedData.certificates ?? []).filter((item): item is pkijs.Certificate => item instanceof pkijs.Certificate);
  const sid = signerInfo.sid as unknown;
  if (sid instanceof pkijs.IssuerAndSerialNumber) {
    return certificates.find((certificate) => certificate.issuer.isEqual(sid.issuer) && certificate.serialNumber.isEqual(sid.serialNumber));
  }
  // subjectKeyIdentifier [0]
  const keyId = (sid as { valueBlock?: { valueHexView?: Uint8Array } }).valueBlock?.valueHexView;
  if (!keyId) return undefined;
  return certificates.find((certificate) => {
    const extension = certificate.extensions?.find((item) => item.extnID === '2.5.29.14');
    const value = extension?.parsedValue as asn1js.OctetString | undefined;
    return value ? equal(bytesOf(value), new Uint8Array(keyId)) : false;
  });
}

function attributeValue(attributes: pkijs.Attribute[] | undefined, type: string): asn1js.AsnType | undefined {
  return attributes?.find((item) => item.type === type)?.values[0];
}

/** ESSCertID(v2): [hashAlgorithm (v2 only, DEFAULT SHA-256)], certHash, [issuerSerial]. */
function signingCertificateMatches(attributes: pkijs.Attribute[] | undefined, certificate: pkijs.Certificate): boolean | undefined {
  for (const [type, defaultHash] of [
    [OID.signingCertificateV2, 'sha256'],
    [SIGNING_CERTIFICATE_V1, 'sha1'],
  ] as const) {
    const value = attributeValue(attributes, type);
    if (!(value instanceof asn1js.Sequence)) continue;
    const certs = value.valueBlock.value[0];
    const first = certs instanceof asn1js.Sequence ? certs.valueBlock.value[0] : undefined;
    if (!(first instanceof asn1js.Sequence)) return false;
    const parts = first.valueBlock.value;
    let hash: string = defaultHash;
    let index = 0;
    if (type === OID.signingCertificateV2 && parts[0] instanceof asn1js.Sequence) {
      const algorithm = new pkijs.AlgorithmIdentifier({ schema: parts[0] });
      hash = HASHES[algorithm.algorithmId] ?? '';
      index = 1;
    }
    const certHash = parts[index];
    if (!hash || !(certHash instanceof asn1js.OctetString)) return false;
    return equal(bytesOf(certHash), digest(hash, der(certificate.toSchema())));
  }
  return undefined;
}

/** `content` is what the signature covers: for a PDF, its byte ranges joined. */
export function verifyCms(cms: Uint8Array, content: Uint8Array): CmsVerification {
  const problems: string[] = [];
  const signedData = parseSignedData(cms);
  const certificates = (signedData.certificates ?? []).filter((item): item is pkijs.Certificate => item instanceof pkijs.Certificate);
  const signerInfo = signedData.signerInfos[0];
  const empty: CmsVerification = {
    signer: undefined,
    signerCertificate: undefined,
    certificates,
    digestAlgorithm: undefined,
    messageDigestOk: false,
    signatureOk: false,
    signingCertificateOk: undefined,
    hasSigningTimeAttribute: false,
    signatureValue: new Uint8Array(),
    timestampToken: undefined,
    problems,
  };
  if (!signerInfo) return { ...empty, problems: [words.noSigner] };
  if (signedData.signerInfos.length > 1) problems.push(words.severalSigners);

  const signatureValue = bytesOf(signerInfo.signature);
  const tokenValue = attributeValue(signerInfo.unsignedAttrs?.attributes, OID.signatureTimeStampToken);
  const timestampToken = tokenValue ? der(tokenValue) : undefined;
  const hash = HASHES[signerInfo.digestAlgorithm.algorithmId];
  const certificate = findSigner(signedData, signerInfo);
  const signer = certificate
    ? { subject: formatName(certificate.subject), issuer: formatName(certificate.issuer), serialNumber: Buffer.from(certificate.serialNumber.valueBlock.valueHexView).toString('hex') }
    : undefined;
  const base = { ...empty, signer, signerCertificate: certificate, signatureValue, timestampToken, digestAlgorithm: hash };
  if (!hash) return { ...base, problems: [...problems, words.unknownHash(signerInfo.digestAlgorithm.algorithmId)] };
  if (!certificate) return { ...base, problems: [...problems, words.signerCertificateNotIncluded] };

  const contentDigest = digest(hash, content);
  const signedAttributes = signerInfo.signedAttrs;
  let messageDigestOk: boolean;
  let toBeSigned: Uint8Array;
  if (signedAttributes) {
    const value = attributeValue(signedAttributes.attributes, OID.messageDigest);
    messageDigestOk = value instanceof asn1js.OctetString && equal(bytesOf(value), contentDigest);
    if (!messageDigestOk) problems.push(words.digestMismatch);
    // The attributes as they were signed, their [0] tag turned back into SET's.
    toBeSigned = new Uint8Array(signedAttributes.encodedValue);
    toBeSigned[0] = 0x31;
  } else {
    messageDigestOk = true;
    toBeSigned = content;
  }

  const algorithm = signerInfo.signatureAlgorithm.algorithmId;
  const signatureHash =
    SIGNATURE_HASHES[algorithm] ?? (algorithm === OID.rsaEncryption || algorithm === OID.ecPublicKey ? hash : undefined);
  let signatureOk = false;
  if (!signatureHash) {
    problems.push(words.algorithmUnchecked(algorithm));
  } else {
    try {
      const key = createPublicKey({ key: Buffer.from(der(certificate.subjectPublicKeyInfo.toSchema())), format: 'der', type: 'spki' });
      signatureOk = verify(signatureHash, toBeSigned, key, signatureValue);
    } catch {
      signatureOk = false;
    }
    if (!signatureOk) problems.push(words.signatureMismatch);
  }

  const signingCertificateOk = signingCertificateMatches(signedAttributes?.attributes, certificate);
  if (signingCertificateOk === false) problems.push(words.otherSigningCertificate);
  return {
    ...base,
    messageDigestOk,
    signatureOk,
    signingCertificateOk,
    hasSigningTimeAttribute: attributeValue(signedAttributes?.attributes, OID.signingTime) !== undefined,
    problems,
  };
}

export interface TimestampVerification {
  time: Date;
  /** The token's message imprint is the hash of the signature value it claims to stamp. */
  imprintOk: boolean;
  /** The token's own CMS verifies. */
  tokenOk: boolean;
  authority: SignerIdentity | undefined;
  authorityCertificate: pkijs.Certificate | undefined;
  certificates: pkijs.Certificate[];
  problems: string[];
}

export function verifyTimestamp(token: Uint8Array, signatureValue: Uint8Array): TimestampVerification {
  const parsed = asn1js.fromBER(new Uint8Array(token).buffer);
  const info = new pkijs.ContentInfo({ schema: parsed.result });
  const tstInfo = readTstInfo(info);
  const signedData = new pkijs.SignedData({ schema: info.content });
  const eContent = signedData.encapContentInfo.eContent;
  const check = verifyCms(token, eContent ? new Uint8Array(eContent.getValue()) : new Uint8Array());
  const hash = HASHES[tstInfo.messageImprint.hashAlgorithm.algorithmId];
  const imprintOk = hash !== undefined && equal(bytesOf(tstInfo.messageImprint.hashedMessage), digest(hash, signatureValue));
  const problems = check.problems.map(words.inTimestamp);
  if (!imprintOk) problems.push(words.timestampForOther);
  return {
    time: tstInfo.genTime,
    imprintOk,
    tokenOk: check.messageDigestOk && check.signatureOk && check.signingCertificateOk !== false,
    authority: check.signer,
    authorityCertificate: check.signerCertificate,
    certificates: check.certificates,
    problems,
  };
}
