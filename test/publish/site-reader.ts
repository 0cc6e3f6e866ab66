// A reader of a published site in its own thread, as a web server's clients would be: it reads
// current/ over and over while a publish runs, and reports every version it saw. Bounded by
// time and stopped by the test.
import { Worker } from 'node:worker_threads';

const READER = `
const { parentPort, workerData } = require('node:worker_threads');
const { readFileSync, realpathSync } = require('node:fs');
const { join } = require('node:path');
const { createHash } = require('node:crypto');
const hash = (path) => createHash('sha256').update(readFileSync(path)).digest('hex');
const stop = new Int32Array(workerData.stop);
const deadline = Date.now() + workerData.maxMs;
const files = new Set(), pairs = new Set(), errors = new Set();
let reads = 0;
while (Atomics.load(stop, 0) === 0 && Date.now() < deadline) {
  try {
    // What one request sees: a single file through the link.
    files.add('index.html ' + hash(join(workerData.site, 'current', 'index.html')));
    files.add('manifest.json ' + hash(join(workerData.site, 'current', 'manifest.json')));
    // What one page load sees when it resolves the link once: two files of one release.
    const release = realpathSync(join(workerData.site, 'current'));
    pairs.add(hash(join(release, 'index.html')) + ' ' + hash(join(release, 'manifest.json')));
  } catch (error) {
    errors.add(String(error.code || error.message));
  }
  reads += 1;
  if (reads === 1) parentPort.postMessage({ ready: true });
  // A millisecond's pause leaves the cores to the publish (two cores, shared).
  Atomics.wait(stop, 0, 0, 1);
}
parentPort.postMessage({ files: [...files], pairs: [...pairs], errors: [...errors], reads });
`;

export interface ReaderReport {
  files: string[];
  pairs: string[];
  errors: string[];
  reads: number;
}

export async function startReader(site: string, maxMs = 15_000): Promise<{ stop(): Promise<ReaderReport> }> {
  const stop = new SharedArrayBuffer(4);
  const worker = new Worker(READER, { eval: true, workerData: { site, stop, maxMs } });
  const report = new Promise<ReaderReport>((resolve, reject) => {
    worker.on('message', (message: { ready?: boolean } & ReaderReport) => {
      if (!message.ready) resolve(message);
    });
    worker.once('error', reject);
  });
  await new Promise<void>((resolve, reject) => {
    worker.on('message', (message: { ready?: boolean }) => message.ready && resolve());
    worker.once('error', reject);
  });
  return {
    async stop() {
      const flag = new Int32Array(stop);
      Atomics.store(flag, 0, 1);
      Atomics.notify(flag, 0);
      const result = await report;
      await worker.terminate();
      return result;
    },
  };
}
