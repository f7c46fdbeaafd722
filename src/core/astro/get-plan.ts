import { getCollection } from 'astro:content';
import type { TranslationFile } from '../translation/check-translations.ts';
import { checkEditorialNotes, type EditorialNote } from '../editorial.ts';
import type { Chapter, Closing, Endnote, Plan, Preface, TitleBlock } from '../../parser/types.ts';

let cached: Promise<Plan> | undefined;

/** The parsed plan (Chinese) from the content layer, assembled once per build. */
export function getPlan(): Promise<Plan> {
  cached ??= (async () => {
    const entries = (await getCollection('plan')).sort((a, b) => a.data.order - b.data.order);
    const nodes = entries.map((e) => e.data.node);
    return {
      titleBlock: nodes.find((n): n is TitleBlock => n.kind === 'title')!,
      preface: nodes.find((n): n is Preface => n.kind === 'preface')!,
      chapters: nodes.filter((n): n is Chapter => n.kind === 'chapter'),
      closing: nodes.find((n): n is Closing => n.kind === 'closing')!,
      endnotes: nodes.filter((n): n is Endnote => n.kind === 'endnote'),
    };
  })();
  return cached;
}

/** Translation files of a language, by file id (`front`, `ch01`, …, `closing`). */
export async function getTranslationFiles(lang: string): Promise<Map<string, TranslationFile>> {
  const entries = await getCollection('translations');
  return new Map(entries.filter((e) => e.id.startsWith(`${lang}/`)).map((e) => [e.id.slice(lang.length + 1), e.data]));
}

/** Editorial notes by the node they annotate; the build fails if a note does not match its node. */
export async function getEditorialNotes(): Promise<Map<string, EditorialNote[]>> {
  const notes = (await getCollection('editorial')).map((e) => e.data);
  const problems = checkEditorialNotes(await getPlan(), notes);
  if (problems.length) throw new Error(`src/content/editorial/notes.yaml:\n  ${problems.join('\n  ')}`);
  const byNode = new Map<string, EditorialNote[]>();
  for (const n of notes) byNode.set(n.node, [...(byNode.get(n.node) ?? []), n]);
  return byNode;
}
