import { describe, expect, it } from 'vitest';
import { groupEditorialNotes } from '../../src/core/collections/editorial.ts';
import { Problems } from '../../src/core/problems.ts';
import { content, sources } from './helpers.ts';

const notes = sources.editorial.map((r) => r.record);

describe('editorial notes on source slips', () => {
  it('each quotes its node exactly as the seed prints it', () => {
    const problems = new Problems();
    groupEditorialNotes(sources.editorial, content.nodes, problems);
    expect(problems.list).toEqual([]);
  });
  it('include the slips named by the reviews', () => {
    expect(notes.map((n) => n.printed)).toEqual(expect.arrayContaining(['29..3【2】', '上诉区域', '品提升质']));
    // A word missing before 和, and a heading that contradicts its item: notes without an evident reading.
    expect(notes.filter((n) => n.note).map((n) => n.node)).toEqual(expect.arrayContaining(['box-4-i01', 'box-4-i15']));
  });
  it('have unique ids', () => {
    expect(new Set(notes.map((n) => n.id)).size).toBe(notes.length);
  });
  it('reject a note whose quote is not in its node, with file and line', () => {
    const [r] = sources.editorial;
    const problems = new Problems();
    groupEditorialNotes([{ ...r!, record: { ...r!.record, node: 'ch01-p01' } }, { ...r!, record: { ...r!.record, node: 'ch99-p01' } }], content.nodes, problems);
    expect(problems.list).toEqual([
      expect.stringMatching(/^src\/content\/editorial\/notes\.yaml:\d+: ed-\d\d: ch01-p01 does not contain/u),
      expect.stringContaining('no paragraph, box item or table row ch99-p01'),
    ]);
  });
});

describe('editorial note meanings', () => {
  it('are plain English (the Chinese is quoted separately, marked as Chinese)', () => {
    expect(notes.filter((n) => /\p{Script=Han}/u.test(n.meaning ?? n.note?.en ?? '')).map((n) => n.id)).toEqual([]);
  });
});
