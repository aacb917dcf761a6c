/**
 * The live-reload channel: Server-Sent Events from the dev server to the open pages, and the small script the dev
 * server injects into the HTML it serves (never into the built files). Events:
 * `reload` (the routes whose content changed), `build-error` (shown as an overlay) and `build-ok` (clears it).
 */
import type { ServerResponse } from 'node:http';
import type { BuildError } from './build-report.ts';

export const EVENTS_ROUTE = '/__dev/events';
export const CLIENT_SCRIPT_ROUTE = '/__dev/live-reload.js';
export const OVERLAY_ID = 'error-contract-dev-overlay';

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

/**
 * The overlay's styles. It lives in a shadow root, so the page's styles (a docs page sets `pre` on a light grey)
 * cannot reach it, and sets every colour it uses: dark text on white, each pair at a contrast of at least 4.5:1.
 */
const overlayStyles = `
:host { all: initial; position: fixed; inset: 0; z-index: 2147483647; overflow: auto; padding: 2rem;
  background: rgba(31, 35, 40, 0.6); font: 15px/1.5 system-ui, sans-serif; }
.panel { max-width: 60rem; margin: 0 auto; padding: 1.5rem 2rem; background: #ffffff; color: #1f2328;
  border-top: 6px solid #cf222e; border-radius: 6px; }
h2 { margin: 0 0 0.5rem; font-size: 1.25rem; color: #82071e; }
p { margin: 0; }
.note { margin-bottom: 1rem; }
ol { margin: 0; padding: 0; list-style: none; }
li { padding: 0.75rem 0; border-top: 1px solid #d0d7de; }
code, pre { font: 14px/1.5 ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; }
.where code { color: #0a3069; font-weight: 600; }
.pointer, .rule { color: #57606a; }
.pointer { margin-left: 0.75rem; overflow-wrap: anywhere; }
pre { margin: 0; padding: 1rem; white-space: pre-wrap; overflow-wrap: anywhere; background: #f6f8fa; color: #1f2328;
  border-radius: 6px; }
`;

/** The page side: reloads when its own route changed, and shows or clears the build-error overlay. */
export const clientScript = `// error-contract dev: live reload and build-error overlay (served by pnpm dev only).
(() => {
  const path = decodeURIComponent(location.pathname).replace(/^\\//, '');
  const route = path === '' || path.endsWith('/') ? path + 'index.html' : path;
  const events = new EventSource(${JSON.stringify(EVENTS_ROUTE)});
  const hide = () => document.getElementById(${JSON.stringify(OVERLAY_ID)})?.remove();
  const element = (tag, className, text) => {
    const node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined) node.textContent = text;
    return node;
  };
  const show = ({ title, problems, message }) => {
    hide();
    const host = element('div');
    host.id = ${JSON.stringify(OVERLAY_ID)};
    host.setAttribute('role', 'alert');
    const shadow = host.attachShadow({ mode: 'open' });
    const panel = element('div', 'panel');
    panel.append(
      element('h2', '', title),
      element('p', 'note', 'The last good build is still served. Fix the spec and save: this overlay goes away.'),
    );
    if (problems.length > 0) {
      const list = element('ol', 'problems');
      for (const { file, line, col, pointer, rule, severity, message: text } of problems) {
        const where = element('p', 'where');
        where.append(element('code', '', file + ':' + line + ':' + col));
        if (pointer) where.append(' ', element('span', 'pointer', pointer));
        const item = element('li', 'problem');
        item.append(where, element('p', 'message', text), element('p', 'rule', severity + ' · ' + rule));
        list.append(item);
      }
      panel.append(list);
    }
    if (message) panel.append(element('pre', 'report', message));
    const style = element('style', '', ${JSON.stringify(overlayStyles)});
    shadow.append(style, panel);
    document.body.append(host);
  };
  events.addEventListener('reload', (event) => {
    if (JSON.parse(event.data).routes.includes(route)) location.reload();
  });
  events.addEventListener('build-error', (event) => show(JSON.parse(event.data).error));
  events.addEventListener('build-ok', hide);
})();
`;
