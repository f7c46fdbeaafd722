import { assembleContent, type Content } from '../assemble.ts';
import { readSources } from '../read-sources.ts';

let cached: Content | undefined;

/**
 * The site's content, read from disk and assembled by the content core: once per build, and
 * afresh on every request in development, so that an edited data file shows on reload.
 */
export function getContent(): Content {
  if (!cached || import.meta.env.DEV) cached = assembleContent(readSources(process.cwd()));
  return cached;
}
