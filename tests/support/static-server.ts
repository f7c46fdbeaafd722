import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.xml': 'application/xml',
  '.txt': 'text/plain; charset=utf-8',
  '.wasm': 'application/wasm',
  '.pf_meta': 'application/octet-stream',
  '.pf_fragment': 'application/octet-stream',
  '.pf_index': 'application/octet-stream',
  '.pf_filter': 'application/octet-stream',
};

export interface StaticServer {
  origin: string;
  close: () => Promise<void>;
}

/**
 * Serves a built site on 127.0.0.1 (a free port) under `base`, as a static host would:
 * `dir/` → `dir/index.html`, unknown paths → `404.html` (or `<lang>/404/index.html` under a
 * language's prefix) with status 404. The browser gates use nginx (nginx-server.ts) instead.
 */
export async function serveStatic(root: string, base = '/'): Promise<StaticServer> {
  const prefix = base.replace(/\/?$/u, '/');
  const server: Server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    let path = decodeURIComponent(url.pathname);
    let file: string | undefined;
    if (path.startsWith(prefix)) {
      path = path.slice(prefix.length);
      const full = normalize(join(root, path));
      if (full.startsWith(normalize(root))) {
        if (existsSync(full) && statSync(full).isFile()) file = full;
        else if (existsSync(join(full, 'index.html'))) file = join(full, 'index.html');
      }
    }
    const status = file ? 200 : 404;
    // A miss under a language's prefix gets that language's not-found page, as nginx does.
    const lang = /^([^/]+)\//u.exec(path)?.[1];
    file ??= [lang ? join(root, lang, '404', 'index.html') : '', join(root, '404.html')].find((f) => f && existsSync(f)) ?? join(root, '404.html');
    // A site without a 404 page (the broken fixture) answers a plain 404.
    if (!existsSync(file)) {
      res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' });
      res.end('Not found');
      return;
    }
    const type = TYPES[extname(file)] ?? 'application/octet-stream';
    // Compress text as a production host would, so measured transfer sizes are real.
    if (/gzip/u.test(String(req.headers['accept-encoding'] ?? '')) && /text|json|javascript|svg|xml|wasm/u.test(type)) {
      const body = gzipSync(readFileSync(file), { level: 9 });
      res.writeHead(status, { 'content-type': type, 'content-encoding': 'gzip', 'content-length': body.length, vary: 'accept-encoding' });
      res.end(body);
      return;
    }
    res.writeHead(status, { 'content-type': type });
    createReadStream(file).pipe(res);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
