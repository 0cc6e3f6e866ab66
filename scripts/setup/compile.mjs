// `npm run compile`, after the type check: bundles the command-line tool into .tsbuild/ with
// esbuild, one chunk per command and shared chunks for the rest. Node otherwise resolves, reads
// and compiles some 450 small modules on every start, which was most of what `npm run check`
// took (npm run bench measures it). Each command is still loaded only when it is run.
// Plain JavaScript, like system-packages.mjs: it runs before anything is compiled.
import { rm } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = dirname(dirname(dirname(fileURLToPath(import.meta.url))));
const outdir = join(root, '.tsbuild', 'scripts', 'cli');

// Chunk names carry a hash, so old chunks would pile up; schema/ is what tsc used to emit.
for (const dir of ['scripts', 'schema']) await rm(join(root, '.tsbuild', dir), { recursive: true, force: true });
await build({
  absWorkingDir: root,
  entryPoints: ['scripts/cli/main.ts'],
  outdir,
  chunkNames: 'chunks/[name]-[hash]',
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  // Puppeteer finds its own files at run time; json-schema-to-typescript (with prettier and
  // TypeScript) is a development tool that only `schema-types` loads.
  external: ['puppeteer', 'json-schema-to-typescript'],
  // CommonJS packages bundled into ES modules still call require() for Node's own modules.
  banner: { js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);" },
  // Less source for Node to read and V8 to scan at every start (a few per cent of a check);
  // names stay, so a stack trace still reads.
  minifyWhitespace: true,
  minifySyntax: true,
  logLevel: 'warning',
});
