// What the preview adds to the pages it serves, and only to those: a script that reloads the
// page when the site changes. Published pages stay free of scripts; their Content-Security-Policy
// is loosened here, in the served copy, just enough for this one script of our own.
export const EVENTS_PATH = '/__preview/events';
export const SCRIPT_PATH = '/__preview/reload.js';

export const RELOAD_SCRIPT = `// Förhandsvisningens eget skript: laddar om sidan när innehållet ändras.
const events = new EventSource(${JSON.stringify(EVENTS_PATH)});
events.addEventListener('change', () => location.reload());
`;

/** The served copy of a built page: its policy allows our script and its events, and it loads the script. */
export function withLiveReload(html: string): string {
  return html
    .replace(/(<meta http-equiv="Content-Security-Policy" content=")([^"]*)(")/, (_match, before: string, policy: string, after: string) =>
      `${before}${policy}; script-src 'self'; connect-src 'self'${after}`,
    )
    .replace('</body>', `<script src="${SCRIPT_PATH}"></script></body>`);
}
