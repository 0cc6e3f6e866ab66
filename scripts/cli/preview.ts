// The coordinator's preview: the site in memory on this machine only, checked and re-rendered
// in-process on every save, open pages reloaded by themselves, problems shown in the page.
import { watch, type FSWatcher } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { PdfArtifact } from '../build/outputs.ts';
import { printDocuments } from '../build/print-documents.ts';
import { keepBrowser } from '../print/browser-lease.ts';
import { EXIT_OK, UsageError } from '../errors.ts';
import { sv, wordsFor } from '../language/index.ts';
import { AGREEMENT_DIR, PROMISES_DIR } from '../load/paths.ts';
import { startPreviewServer } from '../preview/preview-server.ts';
import { PreviewSite } from '../preview/preview-site.ts';
import { formatProblems } from '../report/reporter.ts';
import { defineCommand, noPositionals } from './command.ts';

// Usage and argument errors come before any content is read: Swedish (sv) directly.
const USAGE = sv.commands.preview.usage;

/** How long to wait for more saves before rebuilding: an editor writes a file in several steps. */
const SETTLE_MS = 80;

export default defineCommand({
  usage: USAGE,
  options: { port: { type: 'string' }, host: { type: 'string' } },
  longRunning: true,
  async run({ values, positionals }, context) {
    noPositionals(positionals, USAGE);
    const port = Number(values.port ?? 4000);
    if (!Number.isInteger(port) || port < 0 || port > 65535) throw new UsageError(`${sv.commands.preview.badPort(values.port)}\n\n${USAGE}`);
    const host = values.host ?? '127.0.0.1';
    const workspace = context.workspace();
    const printDir = await mkdtemp(join(tmpdir(), 'agreement-preview-'));
    // One browser for the whole session, launched at the first PDF asked for.
    const browser = keepBrowser(() => workspace.browser());
    const printing = { ...workspace, browser: browser.lend };
    const print = async (artifact: PdfArtifact) => {
      let pdf: Uint8Array | undefined;
      await printDocuments(printing, [artifact], printDir, async (_path, bytes) => {
        pdf = bytes;
      });
      return pdf!;
    };
    const site = new PreviewSite(workspace, print);
    // After the first check, the site configuration chooses the words.
    const words = () => wordsFor(site.current!.content.site.language);
    const said = () => words().commands.preview;
    const report = (ok: boolean) => {
      context.stdout(formatProblems(site.current!.content.files, 'text'));
      context.stdout(`${ok ? said().updated(new Date()) : said().showsProblems}\n`);
    };
    report((await site.update()).ok);
    const server = await startPreviewServer({ site, words: words(), host, port });

    let pending = new Set<string>();
    let timer: NodeJS.Timeout | undefined;
    let running = Promise.resolve();
    const rebuild = () => {
      const changed = [...pending];
      pending = new Set();
      running = running
        .then(async () => {
          const state = await site.update(changed);
          report(state.ok);
          server.notify();
        })
        .catch((error: Error) => context.stderr(`${said().updateFailed(error.message)}\n`));
    };
    const watchers: FSWatcher[] = [];
    for (const dir of [AGREEMENT_DIR, PROMISES_DIR]) {
      try {
        watchers.push(
          watch(join(workspace.root, dir), { recursive: true }, (_event, name) => {
            pending.add(name ? `${dir}/${String(name).split('\\').join('/')}` : dir);
            clearTimeout(timer);
            timer = setTimeout(rebuild, SETTLE_MS);
          }),
        );
      } catch {
        // A folder that does not exist has nothing to watch; the first file in it shows up on the next save elsewhere.
      }
    }
    const address = server.server.address();
    const shownPort = typeof address === 'object' && address ? address.port : port;
    context.stdout(`${said().running(`http://${host.includes(':') ? `[${host}]` : host}:${shownPort}/`)}\n`);

    await new Promise((resolve) => (context.signal.aborted ? resolve(undefined) : context.signal.addEventListener('abort', resolve, { once: true })));
    clearTimeout(timer);
    for (const watcher of watchers) watcher.close();
    await running;
    await server.close();
    await browser.close();
    await rm(printDir, { recursive: true, force: true });
    context.stdout(`${said().stopped}\n`);
    return EXIT_OK;
  },
});
