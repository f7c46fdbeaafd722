/**
 * Serves the build as production does: nginx in the foreground with the configuration the build
 * generated (dist-nginx/site.conf, with Brotli when the module is installed), on 127.0.0.1.
 * Ctrl-C stops it. Build first (npm run build, with BASE_PATH for a sub-path).
 *
 *   npm run serve:prod                      http://127.0.0.1:8080/
 *   npm run serve:prod -- --port 9000 --dist ../other-build
 */
import { serveNginx } from '../tests/support/nginx-server.ts';

const args = process.argv.slice(2);
const opt = (name: string, fallback: string) => (args.includes(name) ? args[args.indexOf(name) + 1]! : fallback);

const server = await serveNginx(opt('--dist', 'dist'), { port: Number(opt('--port', process.env.PORT ?? '8080')), accessLog: true, stdio: 'inherit' });
console.log(`nginx serves ${opt('--dist', 'dist')} at ${server.origin}${server.base} (${server.brotli ? 'Brotli and gzip' : 'gzip only: no brotli module'}); Ctrl-C stops it.`);
const stop = async () => {
  await server.close();
  process.exit(0);
};
process.once('SIGINT', stop);
process.once('SIGTERM', stop);
