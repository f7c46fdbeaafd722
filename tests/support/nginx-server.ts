import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { createServer, connect } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { nginxDirFor } from '../../src/integrations/nginx.ts';
import type { StaticServer } from './static-server.ts';

export const NGINX = process.env.NGINX_PATH ?? '/usr/sbin/nginx';
/** Debian's libnginx-mod-http-brotli-static. */
export const BROTLI_MODULE = '/usr/lib/nginx/modules/ngx_http_brotli_static_module.so';

export interface NginxServer extends StaticServer {
  /** The path the site is served under (from the build's site.json). */
  base: string;
  /** Whether nginx runs with the brotli module (else it sends gzip only). */
  brotli: boolean;
}

export interface NginxOptions {
  port?: number;
  host?: string;
  /** Log each request to standard output (serve:prod). */
  accessLog?: boolean;
  /** nginx's own output: `pipe` keeps it for error messages (tests), `inherit` shows it. */
  stdio?: 'pipe' | 'inherit';
}

/** A port nothing listens on now, on the loopback interface. */
function freePort(host: string): Promise<number> {
  return new Promise((ok, fail) => {
    const s = createServer().once('error', fail).listen(0, host, () => {
      const { port } = s.address() as { port: number };
      s.close(() => ok(port));
    });
  });
}

const listening = (host: string, port: number) => new Promise<boolean>((ok) => {
  const socket = connect(port, host)
    .once('connect', () => {
      socket.end();
      ok(true);
    })
    .once('error', () => ok(false));
});

/** The main configuration around the build's site.conf: everything nginx writes goes in `tmp`. */
function mainConfig(tmp: string, docroot: string, confDir: string, listen: string, o: NginxOptions, brotli: boolean): string {
  return [
    '# Written by tests/support/nginx-server.ts: a private nginx over one build.',
    ...(brotli ? [`load_module ${BROTLI_MODULE};`] : []),
    // Workers read the site as whoever started nginx (started by root, they would otherwise run
    // as nobody, who cannot enter a private temporary folder); nginx ignores this line for others.
    ...(process.getuid?.() === 0 ? ['user root;'] : []),
    'worker_processes 1;',
    `pid ${tmp}/nginx.pid;`,
    'error_log stderr warn;',
    'events { worker_connections 256; }',
    'http {',
    `    access_log ${o.accessLog ? '/dev/stdout' : 'off'};`,
    ...['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map((t) => `    ${t}_temp_path ${tmp}/${t};`),
    '    sendfile on;',
    '    server {',
    `        listen ${listen};`,
    `        root ${docroot};`,
    ...(brotli ? [`        include ${confDir}/brotli.conf;`] : []),
    `        include ${confDir}/site.conf;`,
    '    }',
    '}',
    '',
  ].join('\n');
}

/**
 * Serves a build (`site`, with its generated configuration beside it in `<site>-nginx/`) with
 * nginx as production would, in the foreground, on 127.0.0.1 and a free port (or `port`).
 * Its pid file, temporary files and a document root that puts the site under its base live in
 * a temporary folder; no system path is touched. Closing stops nginx and removes the folder.
 */
export async function serveNginx(site = 'dist', o: NginxOptions = {}): Promise<NginxServer> {
  const root = resolve(site);
  const confDir = nginxDirFor(root);
  if (!existsSync(join(confDir, 'site.json'))) throw new Error(`no nginx configuration in ${confDir}: build the site first (npm run build)`);
  if (!existsSync(NGINX)) throw new Error(`${NGINX} is missing: install Debian's nginx (bash scripts/ensure-tools.sh)`);
  const { base } = JSON.parse(readFileSync(join(confDir, 'site.json'), 'utf8')) as { base: string };
  const tmp = mkdtempSync(join(tmpdir(), 'yubei-nginx-'));
  let docroot = root;
  if (base !== '/') {
    docroot = join(tmp, 'root');
    const link = join(docroot, base.replace(/^\/|\/$/gu, ''));
    mkdirSync(dirname(link), { recursive: true });
    symlinkSync(root, link);
  }
  const host = o.host ?? '127.0.0.1';
  const port = o.port ?? (await freePort(host));
  const brotli = existsSync(BROTLI_MODULE);
  const conf = join(tmp, 'nginx.conf');
  writeFileSync(conf, mainConfig(tmp, docroot, confDir, `${host}:${port}`, o, brotli));
  const child = spawn(NGINX, ['-p', tmp, '-e', 'stderr', '-c', conf, '-g', 'daemon off;'], { stdio: ['ignore', o.stdio ?? 'pipe', o.stdio ?? 'pipe'] });
  let output = '';
  child.stdout?.on('data', (d: Buffer) => (output += d));
  child.stderr?.on('data', (d: Buffer) => (output += d));
  const exited = new Promise<void>((ok) => child.once('exit', () => ok()));
  const stop = () => child.exitCode === null && child.kill('SIGTERM');
  process.once('exit', stop);
  const cleanup = () => rmSync(tmp, { recursive: true, force: true });
  // Ready when the port answers; an nginx that exits first (a bad configuration, a taken port) says why.
  for (let i = 0; !(await listening(host, port)); i++) {
    if (child.exitCode !== null || i > 100) {
      stop();
      await exited;
      cleanup();
      throw new Error(`nginx did not start on ${host}:${port}:\n${output}`);
    }
    await new Promise((r) => setTimeout(r, 50));
  }
  return {
    origin: `http://${host}:${port}`,
    base,
    brotli,
    close: async () => {
      process.off('exit', stop);
      stop();
      await exited;
      cleanup();
    },
  };
}
