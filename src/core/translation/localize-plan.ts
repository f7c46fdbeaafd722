import { InputError } from '../../parser/errors.ts';
import type {
  Block, BoxGroup, BoxItem, Chapter, ClosingPart, Endnote, Paragraph, Plan, Section, TableBox, Term,
} from '../../parser/types.ts';
import type { TranslationFile } from './check-translations.ts';
import { englishLead } from './check-translations.ts';
import { translationFiles, zhHash } from './translation-units.ts';

const HAN = /\p{Script=Han}/u;

/**
 * A table cell without Chinese words (numbers, ≥, Ⅲ, note marks) is the same in English,
 * written with ASCII forms: `27.51【1】` → `27.51[1]`, `335（91.8%）` → `335 (91.8%)`, `－` → `–`.
 */
export function asciiCell(text: string): string {
  return text
    .replace(/【(\d+)】/gu, '[$1]')
    .replace(/（/gu, ' (')
    .replace(/）/gu, ')')
    .replace(/^－$/u, '–')
    .replace(/[０-９]/gu, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .trim();
}

/**
 * The plan in another language: the same tree and ids with every text replaced by its
 * translation. Throws one InputError listing every missing or stale translation, so the
 * build fails rather than show Chinese on an English page.
 */
/** The labels a language gives chapters, sections and boxes (`Chapter 4`, `Section 2`, `Box 3`). */
export interface PlanLabels {
  chapter: (number: number) => string;
  section: (number: number) => string;
  box: (number: number) => string;
}

export function localizePlan(plan: Plan, files: ReadonlyMap<string, TranslationFile>, dir: string, labels: PlanLabels): Plan {
  const problems: string[] = [];
  const fileOfKey = new Map<string, string>();
  for (const [fileId, { units }] of translationFiles(plan)) for (const u of units) fileOfKey.set(u.key, fileId);
  const fileOf = (key: string) => fileOfKey.get(key) ?? 'closing';
  const tr = (key: string, zh: string): string => {
    const fileId = fileOf(key);
    const entry = files.get(fileId)?.units?.[key];
    if (!entry?.en?.trim()) {
      problems.push(`${dir}/${fileId}.yaml: ${key} is not translated`);
      return zh;
    }
    if (entry.zh !== zhHash(zh)) problems.push(`${dir}/${fileId}.yaml: ${key} is stale: the Chinese changed (hash ${entry.zh}, now ${zhHash(zh)})`);
    return entry.en;
  };
  const cell = (fileId: string, zh: string): string => {
    if (!HAN.test(zh)) return asciiCell(zh);
    const en = files.get(fileId)?.cells?.[zh];
    if (!en?.trim()) {
      problems.push(`${dir}/${fileId}.yaml: table cell "${zh}" is not translated`);
      return zh;
    }
    return en;
  };
  const endnoteTerms = new Map(plan.endnotes.map((n) => [n.id, tr(`${n.id}#term`, n.term).replace(/^[“"‘']|[”"’']$/gu, '')]));

  const paragraph = (p: Paragraph): Paragraph => {
    const text = tr(p.id, p.text);
    const lead = p.lead ? englishLead(text) : undefined;
    // A note mark goes right after the English rendering of the term it explains.
    const noteRefs = p.noteRefs.map((r) => {
      const term = endnoteTerms.get(r.noteId) ?? '';
      const at = term ? text.toLowerCase().indexOf(term.toLowerCase()) : -1;
      if (at < 0) problems.push(`${dir}/${fileOf(p.id)}.yaml: ${p.id} must contain “${term}”, where note ${r.noteId} is marked`);
      const quoteAfter = /^[”"’']/u.test(text.slice(at + term.length)) ? 1 : 0;
      return { noteId: r.noteId, offset: at < 0 ? text.length : at + term.length + quoteAfter };
    });
    return { ...p, text, ...(lead ? { lead } : {}), noteRefs };
  };
  const item = (i: BoxItem): BoxItem => {
    const text = tr(i.id, i.text);
    const lead = i.lead ? englishLead(text) : undefined;
    return { kind: 'item', id: i.id, text, ...(lead ? { lead } : {}), lines: i.lines };
  };
  const block = (b: Block, fileId: string): Block => {
    if (b.kind === 'paragraph') return paragraph(b);
    const base = { ...b, label: labels.box(b.number), title: tr(b.id, b.title) };
    if (b.variant === 'list') {
      return {
        ...base,
        variant: 'list',
        entries: b.entries.map((e) => (e.kind === 'item' ? item(e) : ({ ...e, title: tr(e.id, e.title), items: e.items.map(item) } satisfies BoxGroup))),
      };
    }
    return {
      ...(base as TableBox),
      footnoteLabel: tr(`${b.id}#notes`, b.footnoteLabel),
      footnotes: b.footnotes.map((f) => ({ ...f, text: tr(f.id, f.text) })),
      table: {
        ...b.table,
        header: b.table.header.map((h) => cell(fileId, h)),
        rows: b.table.rows.map((r) => ({
          ...r,
          group: cell(fileId, r.group),
          name: cell(fileId, r.name),
          sub: r.sub === undefined ? undefined : cell(fileId, r.sub),
          nature: cell(fileId, r.nature),
          values: r.values.map((v) => cell(fileId, v)),
        })),
      },
    };
  };
  const chapter = (ch: Chapter): Chapter => ({
    ...ch,
    label: labels.chapter(ch.number),
    title: tr(ch.id, ch.title),
    intro: ch.intro.map((b) => block(b, ch.id)),
    sections: ch.sections.map((s): Section => ({
      ...s,
      label: labels.section(s.number),
      title: tr(s.id, s.title),
      blocks: s.blocks.map((b) => block(b, ch.id)),
    })),
  });
  const closingPart = (cp: ClosingPart): ClosingPart => ({
    ...cp,
    title: tr(cp.id, cp.title),
    blocks: cp.blocks.map((b) => (b.kind === 'paragraph' ? paragraph(b) : ({ ...b, label: tr(`${b.id}#label`, b.label), value: tr(b.id, b.value) } satisfies Term))),
  });

  const out: Plan = {
    titleBlock: {
      ...plan.titleBlock,
      title: tr('title#title', plan.titleBlock.title),
      period: tr('title#period', plan.titleBlock.period),
      issuer: tr('title#issuer', plan.titleBlock.issuer),
      date: tr('title#date', plan.titleBlock.date),
    },
    preface: { ...plan.preface, title: tr('preface', plan.preface.title), blocks: plan.preface.blocks.map(paragraph) },
    chapters: plan.chapters.map(chapter),
    closing: { ...plan.closing, parts: plan.closing.parts.map(closingPart) },
    endnotes: plan.endnotes.map((n): Endnote => ({ ...n, term: tr(`${n.id}#term`, n.term), text: tr(n.id, n.text) })),
  };
  if (problems.length > 0) {
    throw new InputError(dir, undefined, `the English edition is incomplete:\n  ${problems.join('\n  ')}`);
  }
  return out;
}
