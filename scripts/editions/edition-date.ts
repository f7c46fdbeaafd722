import { execFileSync } from 'node:child_process';

/**
 * The date the editions carry (PDF creation and modification dates, EPUB `dcterms:modified`):
 * never the clock, so that the same input gives the same files. `SOURCE_DATE_EPOCH` (seconds,
 * the reproducible-builds convention) when set; else the time of the last commit; else the
 * plan's issue date (a copy of the source without its history).
 */
export function editionDate(root: string, fallback = '2022-02-01T00:00:00Z'): Date {
  const epoch = process.env.SOURCE_DATE_EPOCH;
  if (epoch && /^\d+$/u.test(epoch)) return new Date(Number(epoch) * 1000);
  try {
    const seconds = execFileSync('git', ['log', '-1', '--format=%ct'], { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
    if (/^\d+$/u.test(seconds)) return new Date(Number(seconds) * 1000);
  } catch {
    // Not a git checkout: fall back to the plan's date.
  }
  return new Date(fallback);
}

/** A date as PDF writes it (`D:20220201000000+00'00'`, UTC). */
export const pdfDate = (d: Date) => `D:${d.toISOString().replace(/[-:T]/gu, '').slice(0, 14)}+00'00'`;
