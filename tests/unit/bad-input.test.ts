import { describe, expect, it } from 'vitest';
import { InputError, loadPlan } from '../../src/parser/index.ts';
import { replaceLine, withSeed, withTable } from './helpers.ts';

const SEED = 'seeds/yubei-eco-plan-2021-2025.zh.txt';

/** Runs loadPlan and returns the InputError it throws. */
function errorOf(files: Parameters<typeof loadPlan>[0]): InputError {
  try {
    loadPlan(files);
  } catch (e) {
    if (e instanceof InputError) return e;
    throw e;
  }
  throw new Error('expected an InputError, but the input was accepted');
}

describe('bad seed input fails with file, line and problem', () => {
  it('a chapter without a title', () => {
    const e = errorOf(withSeed((t) => replaceLine(t, '第九章 规划实施一批重点工程', '第九章')));
    expect(e.file).toBe(SEED);
    expect(e.line).toBe(778);
    expect(e.problem).toMatch(/第九章 has no title/);
  });
  it('a duplicate chapter number', () => {
    const e = errorOf(withSeed((t) => replaceLine(t, '第九章 规划实施一批重点工程', '第八章 规划实施一批重点工程')));
    expect(e.line).toBe(778);
    expect(e.problem).toMatch(/duplicate chapter number 第八章/);
  });
  it('an out-of-order chapter number', () => {
    const e = errorOf(withSeed((t) => replaceLine(t, '第九章 规划实施一批重点工程', '第十一章 规划实施一批重点工程')));
    expect(e.line).toBe(778);
    expect(e.problem).toMatch(/out of order: expected chapter 9/);
  });
  it('a duplicate section number', () => {
    const e = errorOf(withSeed((t) => replaceLine(t, '第二节 加强项目全过程管理', '第一节 加强项目全过程管理')));
    expect(e.line).toBe(782);
    expect(e.problem).toMatch(/duplicate section number 第一节 in chapter 9/);
  });
  it('an out-of-order section number', () => {
    const e = errorOf(withSeed((t) => replaceLine(t, '第二节 加强项目全过程管理', '第三节 加强项目全过程管理')));
    expect(e.problem).toMatch(/out of order in chapter 9: expected section 2/);
  });
  it('a section without a title', () => {
    const e = errorOf(withSeed((t) => replaceLine(t, '第二节 加强项目全过程管理', '第二节')));
    expect(e.line).toBe(782);
    expect(e.problem).toMatch(/has no title/);
  });
  it('a table box without its footnote line (unterminated)', () => {
    const e = errorOf(withSeed((t) => t.replace(/\n说明：[^\n]*/u, '')));
    expect(e.line).toBe(24);
    expect(e.problem).toMatch(/专栏1 is not terminated/);
  });
  it('a list box that runs to the end of the file (unterminated)', () => {
    const e = errorOf(withSeed((t) => t.replace(/\n+第九章[\s\S]*$/u, '')));
    expect(e.line).toBe(773);
    expect(e.problem).toMatch(/专栏8 is not terminated: the file ends inside it/);
  });
  it('a wrapped chapter title whose second line is missing', () => {
    const e = errorOf(withSeed((t) => replaceLine(t, '推进治理体系和治理能力现代化', null)));
    expect(e.problem).toMatch(/ends in a comma but its second line is missing/);
  });
  it('a table box with no table file', () => {
    const e = errorOf({ ...withSeed((t) => t), tables: withTable(1, (t) => t).tables.filter((f) => !f.file.endsWith('box-2.yaml')) });
    expect(e.problem).toMatch(/专栏2 has empty table cells .* add src\/content\/tables\/box-2.yaml/);
  });
});

describe('bad table files fail with file, line and problem', () => {
  it('a cell that does not match the box text', () => {
    const e = errorOf(withTable(2, (t) => t.replace('values: ["42", "55"]', 'values: ["42", "56"]')));
    expect(e.file).toBe('src/content/tables/box-2.yaml');
    expect(e.problem).toMatch(/box-2-r12 values\[1\] "56" does not match 专栏2 in the seed at line 490/);
    expect(e.line).toBeGreaterThan(1);
  });
  it('a row left out', () => {
    const e = errorOf(withTable(2, (t) => t.replace(/  - id: box-2-r19[\s\S]*$/u, '')));
    expect(e.problem).toMatch(/专栏2 text from seed line 544 is missing from the table file/);
  });
  it('rows out of order', () => {
    const e = errorOf(withTable(1, (t) => t.replace('id: box-1-r05', 'id: box-1-rXX').replace('id: box-1-r06', 'id: box-1-r05').replace('id: box-1-rXX', 'id: box-1-r06')
      .replace('name: "人均公园绿地面积（平方米）"', 'name: "TMP"').replace('name: "规划环评执行率（%）"', 'name: "人均公园绿地面积（平方米）"').replace('name: "TMP"', 'name: "规划环评执行率（%）"')));
    expect(e.problem).toMatch(/does not match 专栏1/);
  });
  it('a schema error names the line of the offending field', () => {
    const text = withTable(1, (t) => t).tables.find((f) => f.file.endsWith('box-1.yaml'))!.text;
    const line = text.split('\n').findIndex((l) => l.includes('nature: 预期性')) + 1;
    const e = errorOf(withTable(1, (t) => t.replace('nature: 预期性', 'nature: 可选')));
    expect(e.line).toBe(line);
    expect(e.problem).toMatch(/^rows\.9\.nature: /);
  });
  it('malformed YAML names its line', () => {
    const e = errorOf(withTable(1, (t) => t.replace('rows:', 'rows: [')));
    expect(e.file).toBe('src/content/tables/box-1.yaml');
    expect(e.problem).toMatch(/invalid YAML/);
    expect(e.line).toBeGreaterThan(0);
  });
});
