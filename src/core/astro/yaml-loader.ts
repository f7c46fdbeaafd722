import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader } from 'astro/loaders';
import type { z } from 'zod';
import { readYamlDocument, readYamlRecords } from '../../parser/yaml-input.ts';

/**
 * Loads a YAML list of records into a collection. Unlike Astro's file() loader, a syntax or
 * schema error fails the build with `file:line: problem` instead of leaving the collection empty.
 */
export function yamlRecords<S extends z.ZodType>(path: string, schema: S, singleId?: string): Loader {
  return {
    name: 'yaml-records',
    load: async ({ store, parseData, generateDigest, watcher, config, logger }) => {
      const full = resolve(fileURLToPath(config.root), path);
      const sync = async () => {
        const text = readFileSync(full, 'utf8');
        // A file that is one record (not a list) is stored under `singleId`.
        const records = singleId
          ? [{ record: { ...(readYamlDocument(path, text, schema) as object), id: singleId } as { id: string } }]
          : readYamlRecords(path, text, schema as unknown as z.ZodType<{ id: string }>);
        store.clear();
        for (const { record } of records) {
          store.set({ id: record.id, data: await parseData({ id: record.id, data: record as Record<string, unknown>, filePath: path }), digest: generateDigest(JSON.stringify(record)) });
        }
      };
      await sync();
      watcher?.add(full);
      watcher?.on('change', async (changed) => {
        if (changed !== full) return;
        try {
          await sync();
        } catch (e) {
          logger.error(e instanceof Error ? e.message : String(e));
        }
      });
    },
  };
}
