import type { Locale } from '../../i18n/locales.ts';
import { localizedPath, partRoute } from '../../i18n/paths.ts';
import { nodeParts } from '../nodes/node-parts.ts';
import { getPlan } from './get-plan.ts';

let parts: Promise<Map<string, string>> | undefined;

/** A function giving the URL (base and language included) of any plan node's anchor. */
export async function nodeLinker(locale: Locale): Promise<(nodeId: string) => string> {
  parts ??= getPlan().then(nodeParts);
  const map = await parts;
  const base = import.meta.env.BASE_URL;
  return (nodeId) => {
    const part = map.get(nodeId);
    if (!part) throw new Error(`no plan node ${nodeId}`);
    return `${localizedPath(base, locale, partRoute(part))}#${nodeId}`;
  };
}
