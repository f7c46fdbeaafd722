/**
 * The run-in lead of a paragraph: a short first sentence that works as the paragraph's
 * heading (`生态环境保护主体责任全面落实。`). The plan sets these as topic sentences of at
 * most 30 characters, without a comma (except the `——坚持…，…。` principles) and without
 * figures; a longer or numeric first sentence is ordinary prose.
 */
export function findLead(text: string): string | undefined {
  const end = text.indexOf('。');
  if (end < 0 || end === text.length - 1) return undefined;
  const first = text.slice(0, end + 1);
  if ([...first].length > 30) return undefined;
  if (/[0-9０-９]/u.test(first)) return undefined;
  if (first.includes('，') && !first.startsWith('——')) return undefined;
  return first;
}
