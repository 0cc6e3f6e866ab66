// An RFC 3161 timestamp for a signature value, asked of a timestamp authority over HTTP. The
// token proves the signature existed at the TSA's time, which the signer cannot claim alone
// (the /M time is the signer's word). The reply is checked against the request before use.
import { randomBytes } from 'node:crypto';
import * as asn1js from 'asn1js';
import * as pkijs from 'pkijs';
import { sv } from '../language/index.ts';
import { OID, sha256 } from './cms-signature.ts';

export class TimestampError extends Error {}

const words = sv.sign.timestamp;

const view = (bytes: Uint8Array): ArrayBuffer => new Uint8Array(bytes).buffer;

const REPLY_TIMEOUT_MS = 30_000;

/** A TimeStampToken (DER ContentInfo) over SHA-256 of `data`, from the TSA at `url`. */
export async function requestTimestamp(url: string, data: Uint8Array): Promise<Uint8Array> {
  const imprint = sha256(data);
  // A nonce ties the reply to this request; the TSA echoes it in the token.
  const nonce = randomBytes(8);
  nonce[0] = (nonce[0] ?? 0) & 0x7f;
  const request = new pkijs.TimeStampReq({
    version: 1,
    messageImprint: new pkijs.MessageImprint({
      hashAlgorithm: new pkijs.AlgorithmIdentifier({ algorithmId: OID.sha256 }),
      hashedMessage: new asn1js.OctetString({ valueHex: view(imprint) }),
    }),
    nonce: new asn1js.Integer({ valueHex: view(nonce) }),
    // The TSA's certificate in the token, so a verifier needs nothing else to check it.
    certReq: true,
  });

  let reply: Response;
  try {
    reply = await fetch(url, {
      method: 'POST',
      headers: { 'Content-Type': 'application/timestamp-query', Accept: 'application/timestamp-reply' },
      body: new Uint8Array(request.toSchema().toBER()),
      signal: AbortSignal.timeout(REPLY_TIMEOUT_MS),
    });
  } catch (error) {
    throw new TimestampError(words.noContact(url, (error as Error).message));
  }
  if (!reply.ok) throw new TimestampError(words.httpStatus(url, reply.status, reply.statusText));
  const body = new Uint8Array(await reply.arrayBuffer());

  let response: pkijs.TimeStampResp;
  try {
    response = pkijs.TimeStampResp.fromBER(view(body));
  } catch {
    throw new TimestampError(words.notATimestamp(url));
  }
  // 0 granted, 1 granted with modifications; anything else is a refusal.
  if (response.status.status > 1 || !response.timeStampToken) {
    const text = response.status.statusStrings?.map((item) => item.valueBlock.value).join(' ') ?? '';
    throw new TimestampError(words.refused(url, response.status.status, text));
  }
  const token = response.timeStampToken;
  const tstInfo = readTstInfo(token);
  if (!Buffer.from(tstInfo.messageImprint.hashedMessage.valueBlock.valueHexView).equals(Buffer.from(imprint))) {
    throw new TimestampError(words.otherImprint(url));
  }
  // Compared as numbers: an INTEGER may drop or gain a leading zero byte.
  const asNumber = (bytes: Uint8Array) => BigInt(`0x${Buffer.from(bytes).toString('hex') || '0'}`);
  if (!tstInfo.nonce || asNumber(tstInfo.nonce.valueBlock.valueHexView) !== asNumber(nonce)) {
    throw new TimestampError(words.wrongNonce(url));
  }
  return new Uint8Array(token.toSchema().toBER());
}

/** The TSTInfo inside a timestamp token: the TSA's time and what it stamped. */
export function readTstInfo(token: pkijs.ContentInfo): pkijs.TSTInfo {
  if (token.contentType !== OID.signedData) throw new TimestampError(words.notSignedData);
  const signedData = new pkijs.SignedData({ schema: token.content });
  const content = signedData.encapContentInfo;
  if (content.eContentType !== OID.tstInfo || !content.eContent) throw new TimestampError(words.noTstInfo);
  return pkijs.TSTInfo.fromBER(content.eContent.getValue());
}
