import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader } from 'astro/loaders';
import { readPlanFiles, SEED_FILE, TABLES_DIR } from '../../parser/read-plan-files.ts';
import { loadPlan } from '../../parser/load-plan.ts';
import type { Plan } from '../../parser/types.ts';

/** The entries of the `plan` collection: the front matter, one per plan part, and the endnotes. */
export function planEntries(plan: Plan) {
  return [
    { id: 'title', data: { order: 0, node: plan.titleBlock } },
    { id: 'preface', data: { order: 1, node: plan.preface } },
    ...plan.chapters.map((ch, k) => ({ id: ch.id, data: { order: 2 + k, node: ch } })),
    { id: 'closing', data: { order: 2 + plan.chapters.length, node: plan.closing } },
    ...plan.endnotes.map((n, k) => ({ id: n.id, data: { order: 100 + k, node: n } })),
  ];
}

/**
 * Feeds the parsed plan into the content layer. A bad seed or table file fails the build with
 * the InputError's `file:line: problem`. In dev, editing the seed or a table file reloads it.
 */
export function planLoader(): Loader {
  return {
    name: 'plan-loader',
    load: async ({ store, parseData, generateDigest, watcher, logger, config }) => {
      const root = fileURLToPath(config.root);
      const sync = async () => {
        const plan = loadPlan(readPlanFiles(root));
        store.clear();
        for (const entry of planEntries(plan)) {
          const data = await parseData({ id: entry.id, data: entry.data });
          store.set({ id: entry.id, data, digest: generateDigest(JSON.stringify(entry.data)) });
        }
        logger.info(`plan parsed: ${plan.chapters.length} chapters, ${plan.endnotes.length} endnote(s)`);
      };
      await sync();
      if (watcher) {
        const watched = [resolve(root, SEED_FILE), resolve(root, TABLES_DIR)];
        watcher.add(watched);
        watcher.on('change', async (path) => {
          if (!watched.some((w) => path.startsWith(w))) return;
          try {
            await sync();
          } catch (e) {
            logger.error(e instanceof Error ? e.message : String(e));
          }
        });
      }
    },
  };
}
