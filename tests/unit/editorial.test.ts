import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { checkEditorialNotes, editorialNoteSchema } from '../../src/core/editorial.ts';
import { plan } from './helpers.ts';

const notes = (parse(readFileSync('src/content/editorial/notes.yaml', 'utf8')) as unknown[]).map((n) => editorialNoteSchema.parse(n));

describe('editorial notes on source slips', () => {
  it('each quotes its node exactly as the seed prints it', () => {
    expect(checkEditorialNotes(plan, notes)).toEqual([]);
  });
  it('include the slips named by the English edition issue', () => {
    expect(notes.map((n) => n.printed)).toEqual(expect.arrayContaining(['29..3【2】', '上诉区域', '品提升质']));
  });
  it('have unique ids', () => {
    expect(new Set(notes.map((n) => n.id)).size).toBe(notes.length);
  });
  it('reject a note whose quote is not in its node', () => {
    expect(checkEditorialNotes(plan, [{ ...notes[0]!, node: 'ch01-p01' }])).toEqual([expect.stringContaining('does not contain')]);
    expect(checkEditorialNotes(plan, [{ ...notes[0]!, node: 'ch99-p01' }])).toEqual([expect.stringContaining('no paragraph')]);
  });
});

describe('editorial note meanings', () => {
  it('are plain English (the Chinese is quoted separately, marked as Chinese)', () => {
    expect(notes.filter((n) => /\p{Script=Han}/u.test(n.meaning ?? "")).map((n) => n.id)).toEqual([]);
  });
});
