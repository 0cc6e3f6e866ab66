// The preview's HTTP server: the in-memory site, the problems page while the content has
// problems, the source view its links lead to, and the event stream that reloads open pages.
// Only paths of the site are answered; anything else, however encoded, is 404.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { extname, posix } from 'node:path';
import { EnvironmentError, UsageError } from '../errors.ts';
import type { Language } from '../language/index.ts';
import { EVENTS_PATH, RELOAD_SCRIPT, SCRIPT_PATH, withLiveReload } from './live-reload.ts';
import type { PreviewSite } from './preview-site.ts';
import { renderProblemsPage, renderSourcePage, SOURCE_PREFIX } from './problems-page.ts';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.pdf': 'application/pdf',
  '.js': 'text/javascript; charset=utf-8',
};

/** What the preview last did, for whoever wants to know: tests, and a coordinator curious why a page did not change. */
const STATUS_PATH = '/__preview/status';

export interface PreviewServer {
  server: Server;
  /** Tells every open page to reload. */
  notify(): void;
  close(): Promise<void>;
}

/** The request's path, decoded once; undefined when it is malformed or tries to climb out of the site. */
function sitePath(request: IncomingMessage): string | undefined {
  const raw = (request.url ?? '/').split(/[?#]/)[0]!;
  let path: string;
  try {
    path = decodeURIComponent(raw);
  } catch {
    return undefined;
  }
  // Checked on the path as sent, before anything resolves "..": a path that needs resolving was
  // trying to leave, and is refused rather than mended.
  if (!path.startsWith('/') || path.includes('\0') || path.includes('\\')) return undefined;
  if (path.split('/').some((segment) => segment === '..' || segment === '.')) return undefined;
  return posix.normalize(path);
}

export async function startPreviewServer(options: {
  site: PreviewSite;
  words: Language;
  host: string;
  port: number;
}): Promise<PreviewServer> {
  const { site, words } = options;
  const listeners = new Set<ServerResponse>();

  const send = (response: ServerResponse, status: number, type: string, body: string | Uint8Array) =>
    response.writeHead(status, { 'content-type': type, 'cache-control': 'no-store' }).end(body);
  const notFound = (response: ServerResponse) => send(response, 404, 'text/plain; charset=utf-8', words.preview.notFound);

  const handle = async (request: IncomingMessage, response: ServerResponse) => {
    const path = sitePath(request);
    if (path === undefined) return notFound(response);
    if (path === EVENTS_PATH) {
      response.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-store', connection: 'keep-alive' });
      response.write(`: ${words.preview.connected}\n\n`);
      listeners.add(response);
      request.on('close', () => listeners.delete(response));
      return;
    }
    if (path === SCRIPT_PATH) return send(response, 200, TYPES['.js']!, RELOAD_SCRIPT);
    if (path === STATUS_PATH) {
      const status = { ok: site.current?.ok ?? false, printed: site.printed, rendered: site.current?.rendered ?? [] };
      return send(response, 200, 'application/json; charset=utf-8', JSON.stringify(status));
    }
    const state = site.current;
    if (path.startsWith(SOURCE_PREFIX)) {
      // Only a file the content was loaded from is shown, never an arbitrary path.
      const file = state?.content.files.find((candidate) => candidate.path.split('\\').join('/') === path.slice(SOURCE_PREFIX.length));
      if (!file) return notFound(response);
      return send(response, 200, TYPES['.html']!, withLiveReload(renderSourcePage(words, file.path, String(file.value ?? ''))));
    }
    // A folder's address without its slash: relative links on the page need the slash.
    if (!path.endsWith('/') && extname(path) === '') {
      response.writeHead(301, { location: `${path}/` }).end();
      return;
    }
    const file = path.endsWith('/') ? `${path.slice(1)}index.html` : path.slice(1);
    if (state && !state.ok && file.endsWith('.html')) {
      return send(response, 200, TYPES['.html']!, withLiveReload(renderProblemsPage(words, state.content)));
    }
    const bytes = await site.file(file);
    if (!bytes) return notFound(response);
    const type = TYPES[extname(file)] ?? 'application/octet-stream';
    return send(response, 200, type, file.endsWith('.html') ? withLiveReload(new TextDecoder().decode(bytes)) : bytes);
  };

  const server = createServer((request, response) => {
    handle(request, response).catch((error: Error) => {
      if (!response.headersSent) send(response, 500, 'text/plain; charset=utf-8', words.preview.cannotShow(error.message));
      else response.end();
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', (error: NodeJS.ErrnoException) =>
      reject(
        error.code === 'EADDRINUSE'
          ? new UsageError(words.preview.portInUse(options.port))
          : new EnvironmentError(words.preview.cannotListen(options.host, options.port, error.code ?? error.message)),
      ),
    );
    server.listen(options.port, options.host, resolve);
  });
  return {
    server,
    notify() {
      for (const listener of listeners) listener.write('event: change\ndata: \n\n');
    },
    async close() {
      for (const listener of listeners) listener.end();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
