// The local news site the end-to-end tests read: served from 127.0.0.1 only. A second server stands in as
// the browsers' proxy for every other host, so any request that would leave the machine is recorded.
import { createServer } from 'node:http';
import { readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';

const PAGES = join(import.meta.dirname, '..', 'pages');
/** The founding article stays in ../shared (third-party text is never copied into the repository). */
const FOUNDING = join(import.meta.dirname, '..', '..', '..', '..', 'shared', 'corpus', 'kurdistan24-mikdam-2021-07.txt');
const FALLBACK = join(PAGES, 'mikdam-fallback.txt');

export function foundingArticle(): { text: string; founding: boolean } {
  const file = process.env.BACKSTORY_FOUNDING_ARTICLE ?? FOUNDING;
  if (existsSync(file)) return { text: readFileSync(file, 'utf8'), founding: true };
  return { text: readFileSync(FALLBACK, 'utf8'), founding: false };
}

const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

const CORPUS_AR = join(import.meta.dirname, '..', '..', 'corpus', 'ar', 'agency-mikdam-found-2021-07.txt');

/** The page without its own scripts (so that its text is exactly what was served). */
export function withoutScripts(html: string): string {
  return html.replace(/<script>[\s\S]*?<\/script>/g, '');
}

/** The article as a news page: its first line is the headline, its second the standfirst. */
export function articleHtml(text: string, template = 'article.html'): string {
  const lines = text.split('\n').map((l) => l.trim()).filter(Boolean);
  const [headline, standfirst, ...body] = lines;
  const paragraphs = body.map((p) => `<p>${escape(p)}</p>`).join('\n        ');
  return readFileSync(join(PAGES, template), 'utf8')
    .replaceAll('{{headline}}', escape(headline))
    .replace('{{standfirst}}', escape(standfirst))
    .replace('{{body}}', paragraphs);
}

/** A page a suite adds to the server: its HTML (made on request), and any headers (a CSP). */
export interface ExtraPage {
  /** Text, or the saved bytes of a real page (its own <meta charset> decides). */
  html: () => string | Buffer;
  headers?: Record<string, string>;
}

export interface FixtureServer {
  origin: string;
  /** CSP violation reports the pages' browsers sent to /csp-report. */
  cspReports: string[];
  /** Hosts that a browser asked the proxy for: any entry is a request that tried to leave the machine. */
  leaks: string[];
  close(): Promise<void>;
  proxyPort: number;
}

export async function startFixtureServer(extra: Record<string, ExtraPage> = {}): Promise<FixtureServer> {
  const article = foundingArticle();
  const cspReports: string[] = [];
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    if (url.pathname === '/csp-report') {
      let body = '';
      req.on('data', (chunk) => (body += chunk));
      req.on('end', () => {
        cspReports.push(body || '(empty report)');
        res.writeHead(204);
        res.end();
      });
      return;
    }
    const page = extra[url.pathname];
    if (page) {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store', ...page.headers });
      return void res.end(page.html());
    }
    const send = (status: number, type: string, body: string) => {
      res.writeHead(status, { 'content-type': `${type}; charset=utf-8`, 'cache-control': 'no-store' });
      res.end(body);
    };
    if (url.pathname === '/' || url.pathname === '/article') {
      const html = articleHtml(article.text);
      return send(200, 'text/html', url.searchParams.has('static') ? withoutScripts(html) : html);
    }
    if (url.pathname === '/long') {
      // A long live blog: 900 numbered entries with four names each, 3,600 mentions in all.
      const entries = Array.from({ length: 900 }, (_, i) => `<p id="entry-${i}">Entry ${i}: Ali al-Mikdam spoke of Hisham al-Hashimi, Karrada and Karbala.</p>`);
      return send(200, 'text/html', `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Live</title></head><body><main>${entries.join('\n')}</main></body></html>`);
    }
    if (url.pathname === '/ar-article') return send(200, 'text/html', articleHtml(readFileSync(CORPUS_AR, 'utf8'), 'article-ar.html'));
    const file = join(PAGES, url.pathname.replace(/^\/+/, '').replace(/\.\.+/g, ''));
    if (existsSync(file) && /\.(html|txt|js)$/.test(file))
      return send(200, file.endsWith('.js') ? 'text/javascript' : file.endsWith('.txt') ? 'text/plain' : 'text/html', readFileSync(file, 'utf8'));
    send(404, 'text/plain', 'not found');
  });
  const leaks: string[] = [];
  const proxy = createServer((req, res) => {
    leaks.push(req.url ?? req.headers.host ?? '?');
    res.writeHead(403);
    res.end();
  });
  proxy.on('connect', (req, socket) => {
    leaks.push(req.url ?? '?');
    // The browser may reset a refused tunnel before it reads the answer: that is no error of the test's, and
    // a raw socket without a listener would throw it out of the run (ECONNRESET).
    socket.on('error', () => {});
    socket.end('HTTP/1.1 403 Forbidden\r\n\r\n');
  });
  proxy.on('clientError', (_error, socket) => socket.destroy());
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  await new Promise<void>((resolve) => proxy.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  return {
    origin: `http://127.0.0.1:${port}`,
    cspReports,
    leaks,
    proxyPort: (proxy.address() as AddressInfo).port,
    close: async () => {
      await new Promise((resolve) => server.close(resolve));
      await new Promise((resolve) => proxy.close(resolve));
    },
  };
}
