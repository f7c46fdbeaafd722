import type { PlanPart } from '../../parser/parts.ts';

/**
 * Where a node stands, in words, for citations: `第四章第一节` / `Chapter 4, Section 1`,
 * `第十章` / `Chapter 10`, `专栏4` / `Box 4`, `前言` / the preface title. Uses the labels of
 * the given (localised) parts, so it speaks the page's language.
 */
export function placeOf(parts: readonly PlanPart[], nodeId: string, zh: boolean): string {
  const box = /^box-(\d+)/u.exec(nodeId);
  const chapterId = /^(ch\d\d)/u.exec(nodeId)?.[1];
  const part = parts.find((p) => p.id === (chapterId ?? nodeId.split('-')[0]));
  if (box) {
    const holder = parts.find((p) => p.kind === 'chapter' && [...p.intro, ...p.sections.flatMap((s) => s.blocks)].some((b) => b.id === `box-${box[1]}`));
    const label = zh ? `专栏${box[1]}` : `Box ${box[1]}`;
    return holder?.kind === 'chapter' ? (zh ? `${holder.label}${label}` : `${holder.label}, ${label}`) : label;
  }
  if (!part) return '';
  if (part.kind !== 'chapter') return part.kind === 'preface' ? part.title : '';
  const section = part.sections.find((s) => nodeId.startsWith(`${s.id}-`) || nodeId === s.id);
  if (!section) return part.label;
  return zh ? `${part.label}${section.label}` : `${part.label}, ${section.label}`;
}
