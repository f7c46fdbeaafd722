import { z } from 'zod';
import type { GlossaryTerm } from '../schemas/glossary.ts';
import type { Plan } from '../../parser/types.ts';
import { missingNumbers } from './number-fidelity.ts';
import { translationFiles, zhHash, type TranslationFileId } from './translation-units.ts';

/** One translation file (`src/content/translations/<locale>/<part>.yaml`). */
export const translationFileSchema = z.strictObject({
  /** Translations keyed by node id (`ch04-s02-p03`, `note-1#term`). */
  units: z.record(
    z.string(),
    z.strictObject({
      /** Hash of the Chinese text translated (see zhHash). */
      zh: z.string().regex(/^[0-9a-f]{8}$/),
      /** The translation. */
      en: z.string(),
    }),
  ),
  /** Table cells keyed by their Chinese text as printed. */
  cells: z.record(z.string(), z.string()).optional(),
});
export type TranslationFile = z.infer<typeof translationFileSchema>;

/** What the rendering check reads of a glossary term. */
export type RenderedTerm = Pick<GlossaryTerm, 'zh' | 'en' | 'variants' | 'names' | 'textForm'>;

/**
 * Glossary renderings a translation misses: where the Chinese holds a term (or a variant), the
 * English must hold its one rendering; inside a proper name (国际生物多样性日) the term takes the
 * name's official English (International Day for Biological Diversity) instead.
 */
export function missingRenderings(zhText: string, enText: string, glossary: readonly RenderedTerm[]): string[] {
  // Case, hyphens and a plural -s play no part: “waste-sorting diary” uses “waste sorting”,
  // “a new energy vehicle project” uses “new energy vehicles”.
  const fold = (s: string) => s.toLowerCase().replace(/-/gu, ' ');
  const en = fold(enText);
  const has = (rendering: string) => en.includes(fold(rendering)) || en.includes(fold(rendering).replace(/s$/u, ''));
  const out: string[] = [];
  for (const g of glossary) {
    let zh = zhText;
    for (const name of g.names) {
      if (!zh.includes(name.zh)) continue;
      if (!has(name.en)) out.push(`contains ${name.zh} but not "${name.en}"`);
      zh = zh.split(name.zh).join(' ');
    }
    const written = [g.zh, ...g.variants].find((form) => zh.includes(form));
    const rendering = g.textForm ?? g.en;
    if (written && !has(rendering)) out.push(`contains ${written} but not "${rendering}"`);
  }
  return out;
}

export interface TranslationProblem {
  file: TranslationFileId;
  key: string;
  kind: 'missing' | 'stale' | 'unknown' | 'numbers' | 'glossary' | 'lead' | 'cjk';
  message: string;
}

const HAN = /\p{Script=Han}/u;

/** The English lead of a text: its first sentence, when the text has more than one. */
export function englishLead(en: string): string | undefined {
  const m = /^(.+?[.!?])\s+\S/u.exec(en);
  return m ? m[1] : undefined;
}

/**
 * Checks translation files against the plan: every unit translated, hashes current, no
 * unknown keys, numbers kept, glossary renderings used, leads kept, no Chinese left.
 */
export function checkTranslations(
  plan: Plan,
  files: ReadonlyMap<string, TranslationFile | undefined>,
  glossary: readonly RenderedTerm[],
): TranslationProblem[] {
  const problems: TranslationProblem[] = [];
  for (const [fileId, { units, cells }] of translationFiles(plan)) {
    const file = files.get(fileId);
    const add = (key: string, kind: TranslationProblem['kind'], message: string) => problems.push({ file: fileId, key, kind, message });
    if (!file) {
      add('*', 'missing', `translation file ${fileId}.yaml is missing`);
      continue;
    }
    const known = new Set(units.map((u) => u.key));
    for (const key of Object.keys(file.units ?? {})) if (!known.has(key)) add(key, 'unknown', `no plan node has the key ${key}`);
    for (const u of units) {
      const t = file.units?.[u.key];
      if (!t || !t.en?.trim()) {
        add(u.key, 'missing', 'not translated');
        continue;
      }
      if (t.zh !== zhHash(u.zh)) add(u.key, 'stale', `the Chinese changed since it was translated (hash ${t.zh}, now ${zhHash(u.zh)})`);
      const missing = missingNumbers(u.zh, t.en);
      if (missing.length) add(u.key, 'numbers', `numbers not kept: ${missing.join(', ')}`);
      for (const m of missingRenderings(u.zh, t.en, glossary)) add(u.key, 'glossary', m);
      if (u.hasLead && !englishLead(t.en)) add(u.key, 'lead', 'the Chinese opens with a run-in lead; the English must open with a one-sentence lead');
      if (HAN.test(t.en)) add(u.key, 'cjk', 'English contains Chinese characters');
    }
    for (const c of cells) {
      const en = file.cells?.[c];
      if (!en?.trim()) add(`cells.${c}`, 'missing', 'table cell not translated');
      else {
        const missing = missingNumbers(c, en);
        if (missing.length) add(`cells.${c}`, 'numbers', `numbers not kept: ${missing.join(', ')}`);
        if (HAN.test(en)) add(`cells.${c}`, 'cjk', 'English contains Chinese characters');
      }
    }
  }
  return problems;
}
