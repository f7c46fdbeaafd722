import type { Plan } from '../../parser/types.ts';
import { missingNumbers } from './number-fidelity.ts';
import { translationFiles, zhHash, type TranslationFileId } from './translation-units.ts';

/** One translation file as read from YAML. */
export interface TranslationFile {
  units: Record<string, { zh: string; en: string }>;
  cells?: Record<string, string> | undefined;
}

export interface GlossaryTerm {
  id: string;
  zh: string;
  en: string;
  /** Other ways the plan writes the term. */
  variants?: readonly string[];
  /** Proper names containing the term, each with its own official English name. */
  names?: readonly { zh: string; en: string }[];
  /** What the English text must contain when it differs from the headword (亿元 → CNY). */
  textForm?: string | undefined;
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
  files: ReadonlyMap<TranslationFileId, TranslationFile | undefined>,
  glossary: readonly GlossaryTerm[],
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
      const en = t.en.toLowerCase();
      for (const g of glossary) {
        // Inside a proper name (国际生物多样性日) the term takes the name's official English
        // (International Day for Biological Diversity), not its own rendering.
        let zh = u.zh;
        for (const name of g.names ?? []) {
          if (!zh.includes(name.zh)) continue;
          if (!en.includes(name.en.toLowerCase())) add(u.key, 'glossary', `contains ${name.zh} but not "${name.en}"`);
          zh = zh.split(name.zh).join(' ');
        }
        const written = [g.zh, ...(g.variants ?? [])].find((form) => zh.includes(form));
        const rendering = g.textForm ?? g.en;
        if (written && !en.includes(rendering.toLowerCase())) {
          add(u.key, 'glossary', `contains ${written} but not "${rendering}"`);
        }
      }
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
