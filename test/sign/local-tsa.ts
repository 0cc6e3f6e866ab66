// A timestamp authority on 127.0.0.1 for the tests: a small HTTP server that hands each
// RFC 3161 request to `openssl ts -reply` with the test PKI's TSA certificate.
import { execFile } from 'node:child_process';
import { once } from 'node:events';
import { writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { promisify } from 'node:util';
import type { TestPki } from './test-pki.ts';

const run = promisify(execFile);

export interface LocalTsa {
  url: string;
  requests: number;
  close(): Promise<void>;
}

export async function startLocalTsa(pki: TestPki): Promise<LocalTsa> {
  const config = join(pki.dir, 'tsa.cnf');
  writeFileSync(join(pki.dir, 'tsaserial'), '01\n');
  writeFileSync(
    config,
    [
      '[ tsa ]',
      'default_tsa = test_tsa',
      '[ test_tsa ]',
      `serial = ${join(pki.dir, 'tsaserial')}`,
      `signer_cert = ${pki.tsa.cert}`,
      `certs = ${pki.caPem}`,
      `signer_key = ${pki.tsa.key}`,
      'signer_digest = sha256',
      'default_policy = 1.2.3.4.1',
      'digests = sha256, sha384, sha512',
      'accuracy = secs:1',
      'ordering = yes',
      'tsa_name = no',
      'ess_cert_id_chain = no',
      'ess_cert_id_alg = sha256',
      '',
    ].join('\n'),
  );
  const state = { requests: 0 };
  const server: Server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      state.requests += 1;
      const query = join(pki.dir, `query-${state.requests}.tsq`);
      const reply = join(pki.dir, `reply-${state.requests}.tsr`);
      writeFileSync(query, Buffer.concat(chunks));
      run('openssl', ['ts', '-reply', '-config', config, '-queryfile', query, '-out', reply])
        .then(async () => {
          response.writeHead(200, { 'Content-Type': 'application/timestamp-reply' });
          response.end(await readFile(reply));
        })
        .catch((error: Error) => {
          response.writeHead(500, { 'Content-Type': 'text/plain' });
          response.end(error.message);
        });
    });
  });
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/tsa`,
    get requests() {
      return state.requests;
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
