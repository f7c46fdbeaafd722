/** A reference a lesson makes through its MDX components. */
export type LessonReference =
  | { kind: 'quote'; id: string }
  | { kind: 'indicator'; id: string; value?: string }
  | { kind: 'commitment'; id: string }
  | { kind: 'term'; id: string };

const attr = (tag: string, name: string) => new RegExp(`\\b${name}="([^"]+)"`, 'u').exec(tag)?.[1];

/** Every <Quote id>, <Fact indicator|commitment> and <Term id> in a lesson's MDX source. */
export function lessonReferences(mdx: string): LessonReference[] {
  const refs: LessonReference[] = [];
  for (const m of mdx.matchAll(/<(Quote|Fact|Term)\b[^>]*\/?>/gu)) {
    const tag = m[0];
    if (m[1] === 'Quote') {
      const commitment = attr(tag, 'commitment');
      refs.push(commitment ? { kind: 'commitment', id: commitment } : { kind: 'quote', id: attr(tag, 'id') ?? '' });
    }
    if (m[1] === 'Term') refs.push({ kind: 'term', id: attr(tag, 'id') ?? '' });
    if (m[1] === 'Fact') {
      const indicator = attr(tag, 'indicator');
      const commitment = attr(tag, 'commitment');
      if (indicator) refs.push({ kind: 'indicator', id: indicator, ...(attr(tag, 'value') ? { value: attr(tag, 'value')! } : {}) });
      else refs.push({ kind: 'commitment', id: commitment ?? '' });
    }
  }
  return refs;
}
