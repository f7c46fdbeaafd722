import { readFileSync, readdirSync } from 'node:fs';
import { loadPlan } from './load-plan.ts';
import type { Plan } from './types.ts';

export const SEED_FILE = 'seeds/yubei-eco-plan-2021-2025.zh.txt';
export const TABLES_DIR = 'src/content/tables';

/** The seed and table files as loadPlan takes them, read from the project root. */
export function readPlanFiles(root = '.') {
  return {
    seed: { file: SEED_FILE, text: readFileSync(`${root}/${SEED_FILE}`, 'utf8') },
    tables: readdirSync(`${root}/${TABLES_DIR}`)
      .filter((f) => f.endsWith('.yaml'))
      .sort()
      .map((f) => ({ file: `${TABLES_DIR}/${f}`, text: readFileSync(`${root}/${TABLES_DIR}/${f}`, 'utf8') })),
  };
}

export const readPlanFromDisk = (root = '.'): Plan => loadPlan(readPlanFiles(root));
