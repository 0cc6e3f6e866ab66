// The coordinator's preview: builds, serves dist/ on this machine only, and rebuilds when a
// content file changes. Problems are printed as `check` prints them; the last good build
// stays served while the content has errors.
import { existsSync, watch } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { extname, join, normalize, sep } from 'node:path';
import { buildSite } from '../build/build-site.ts';
import { EXIT_OK, UsageError } from '../errors.ts';
import { AGREEMENT_DIR, PROMISES_DIR } from '../load/paths.ts';
import { formatProblems } from '../report/reporter.ts';
import { defineCommand, noPositionals } from './command.ts';

const USAGE = `Användning: npm run preview [-- --port <nummer>]

Bygger och visar webbsidorna på http://127.0.0.1:<port>/ (standard 4000) och bygger om
när något i agreement/ eller promises/ ändras. Avsluta med Ctrl+C.`;

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.pdf': 'application/pdf',
  '.json': 'application/json; charset=utf-8',
};

export default defineCommand({
  usage: USAGE,
  options: { port: { type: 'string' } },
  longRunning: true,
  async run({ values, positionals }, context) {
  const console = { log: (text: string) => context.stdout(`${text}\n`), error: (text: string) => context.stderr(`${text}\n`) };
  const process = { stdout: { write: context.stdout } };
  noPositionals(positionals, USAGE);
  const port = Number(values.port ?? 4000);
  if (!Number.isInteger(port) || port < 1 || port > 65535) throw new UsageError(`Ogiltig port "${values.port}".\n\n${USAGE}`);

  const workspace = context.workspace();
  const root = workspace.root;
  const outDir = join(root, 'dist');
  let building: Promise<void> | undefined;
  let again = false;
  const rebuild = async () => {
    if (building) {
      again = true;
      return;
    }
    building = (async () => {
      const result = await buildSite(workspace, { outDir });
      process.stdout.write(formatProblems(result.content.files, 'text'));
      console.log(result.built ? `Byggt ${new Date().toLocaleTimeString('sv-SE')}.` : 'Felen ovan stoppade bygget; förra bygget visas.');
    })().catch((error: Error) => console.error(`Bygget misslyckades: ${error.message}`));
    await building;
    building = undefined;
    if (again) {
      again = false;
      await rebuild();
    }
  };
  await rebuild();

  let timer: NodeJS.Timeout | undefined;
  for (const dir of [AGREEMENT_DIR, PROMISES_DIR].filter((name) => existsSync(join(root, name)))) {
    watch(join(root, dir), { recursive: true }, () => {
      clearTimeout(timer);
      timer = setTimeout(() => void rebuild(), 200);
    });
  }

  const server = createServer((request, response) => {
    const notFound = () => response.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('Finns inte.');
    let path: string;
    try {
      path = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
    } catch {
      notFound();
      return;
    }
    // A folder's address without its slash: relative links on the page need the slash.
    if (!path.endsWith('/') && extname(path) === '') {
      response.writeHead(301, { location: `${path}/` }).end();
      return;
    }
    const file = normalize(join(outDir, path.endsWith('/') ? `${path}index.html` : path));
    // Only files inside dist/ are served.
    if (!file.startsWith(outDir + sep)) {
      notFound();
      return;
    }
    readFile(file).then(
      (bytes) => response.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' }).end(bytes),
      notFound,
    );
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', (error: NodeJS.ErrnoException) =>
      reject(new UsageError(error.code === 'EADDRINUSE' ? `Porten ${port} används redan. Välj en annan med -- --port <nummer>.` : error.message)),
    );
    server.listen(port, '127.0.0.1', resolve);
  });
  console.log(`Förhandsvisning: http://127.0.0.1:${port}/  (Ctrl+C avslutar)`);
  await new Promise((resolve) => context.signal.addEventListener('abort', resolve, { once: true }));
  server.close();
  return EXIT_OK;
  },
});
