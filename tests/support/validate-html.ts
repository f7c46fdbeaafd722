import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

/** Errors the W3C Nu HTML checker (vnu-jar, run with the system Java) reports for the given files or folders. */
export function vnuErrors(paths: string[]): string[] {
  const jar = String(require('vnu-jar'));
  const run = spawnSync('java', ['-Xss1024k', '-jar', jar, '--errors-only', '--format', 'json', '--skip-non-html', ...paths], { encoding: 'utf8' });
  if (run.error) throw run.error;
  const out = JSON.parse(run.stderr || run.stdout || '{"messages":[]}') as { messages: { type: string; url: string; lastLine?: number; message: string }[] };
  return out.messages.filter((m) => m.type === 'error' || m.type === 'non-document-error').map((m) => `${m.url.replace(/^file:.*?dist\//u, '')}:${m.lastLine ?? ''}: ${m.message}`);
}
