import { langParam } from '../../i18n/locales.ts';
import { PUBLISHED_LOCALES } from '../../i18n/published.ts';
import { planView } from '../../parser/parts.ts';
import { getPlan } from './get-plan.ts';

/** `getStaticPaths` for pages that exist once per published language. */
export const localePaths = () => PUBLISHED_LOCALES.map((l) => ({ params: { lang: langParam(l) } }));

/** `getStaticPaths` for pages that exist per plan part (preface, ch01…, closing) and language. */
export async function partPaths() {
  const { parts } = planView(await getPlan());
  return PUBLISHED_LOCALES.flatMap((l) => parts.map((p) => ({ params: { lang: langParam(l), part: p.id } })));
}
