/**
 * The live-reload channel: Server-Sent Events from the dev server to the open pages, and the small script the dev
 * server injects into the HTML it serves (never into the built files). Events:
 * `reload` (the routes whose content changed), `build-error` (shown as an overlay) and `build-ok` (clears it).
 */
import type { ServerResponse } from 'node:http';

export const EVENTS_ROUTE = '/__dev/events';
export const CLIENT_SCRIPT_ROUTE = '/__dev/live-reload.js';
export const OVERLAY_ID = 'error-contract-dev-overlay';

export interface BuildError {
  /** What failed, e.g. "Lint errors in the spec". */
  title: string;
  /** The tool's report, as printed in the terminal. */
  output: string;
}

export type LiveEvent =
  | { type: 'reload'; routes: readonly string[] }
  | { type: 'build-error'; error: BuildError }
  | { type: 'build-ok' };

export class LiveReloadChannel {
  readonly #clients = new Set<ServerResponse>();
  #error: BuildError | undefined;

  /** Subscribes a response to the events; a page that opens while a build is broken gets the overlay at once. */
  subscribe(response: ServerResponse): void {
    response.writeHead(200, {
      'content-type': 'text/event-stream; charset=utf-8',
      'cache-control': 'no-store',
      connection: 'keep-alive',
    });
    response.write(': connected\n\n');
    this.#clients.add(response);
    response.once('close', () => this.#clients.delete(response));
    if (this.#error) write(response, { type: 'build-error', error: this.#error });
  }

  send(event: LiveEvent): void {
    if (event.type === 'build-error') this.#error = event.error;
    if (event.type === 'build-ok') this.#error = undefined;
    for (const client of this.#clients) write(client, event);
  }

  get error(): BuildError | undefined {
    return this.#error;
  }

  close(): void {
    for (const client of this.#clients) client.end();
    this.#clients.clear();
  }
}

function write(response: ServerResponse, event: LiveEvent): void {
  const { type, ...data } = event;
  response.write(`event: ${type}\ndata: ${JSON.stringify(data)}\n\n`);
}

/** Adds the live-reload script to a served HTML page, before `</head>` (or at the end when there is none). */
export function injectLiveReload(html: string): string {
  const tag = `<script src="${CLIENT_SCRIPT_ROUTE}" defer></script>`;
  const head = html.indexOf('</head>');
  return head < 0 ? `${html}\n${tag}\n` : `${html.slice(0, head)}${tag}\n${html.slice(head)}`;
}

/** The page side: reloads when its own route changed, and shows or clears the build-error overlay. */
export const clientScript = `// error-contract dev: live reload and build-error overlay (served by pnpm dev only).
(() => {
  const path = decodeURIComponent(location.pathname).replace(/^\\//, '');
  const route = path === '' || path.endsWith('/') ? path + 'index.html' : path;
  const events = new EventSource(${JSON.stringify(EVENTS_ROUTE)});
  const hide = () => document.getElementById(${JSON.stringify(OVERLAY_ID)})?.remove();
  const show = ({ title, output }) => {
    hide();
    const overlay = document.createElement('div');
    overlay.id = ${JSON.stringify(OVERLAY_ID)};
    overlay.setAttribute('role', 'alert');
    Object.assign(overlay.style, {
      position: 'fixed', inset: '0', zIndex: '2147483647', overflow: 'auto', padding: '2rem',
      background: 'rgba(24, 0, 0, 0.92)', color: '#fff', font: '14px/1.5 ui-monospace, monospace',
    });
    const heading = document.createElement('h1');
    heading.textContent = title;
    heading.style.fontSize = '1.25rem';
    const report = document.createElement('pre');
    report.textContent = output;
    report.style.whiteSpace = 'pre-wrap';
    const note = document.createElement('p');
    note.textContent = 'The last good build is still served. Fix the spec and save: this overlay goes away.';
    overlay.append(heading, note, report);
    document.body.append(overlay);
  };
  events.addEventListener('reload', (event) => {
    if (JSON.parse(event.data).routes.includes(route)) location.reload();
  });
  events.addEventListener('build-error', (event) => show(JSON.parse(event.data).error));
  events.addEventListener('build-ok', hide);
})();
`;
