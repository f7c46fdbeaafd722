import { describe, expect, it } from 'vitest';
import { translator } from '../../src/i18n/text/index.ts';
import { valueWithUnit, withoutNoteMarks } from '../../src/render/indicator-value.ts';

const zh = translator('zh');
const en = translator('en');

describe('an indicator value with its unit', () => {
  it('puts the unit after the number, before a bracketed share', () => {
    expect(valueWithUnit('335（91.8%）', '天', zh)).toBe('335天（91.8%）');
    expect(valueWithUnit('335 (91.8%)', 'days', en)).toBe('335 days (91.8%)');
  });
  it('writes per cent without a space in every language, other units after a space in English only', () => {
    expect(valueWithUnit('14', '%', en)).toBe('14%');
    expect(valueWithUnit('37', 'μg/m³', en)).toBe('37 μg/m³');
    expect(valueWithUnit('37', '微克/立方米', zh)).toBe('37微克/立方米');
  });
  it('drops note marks and leaves values in words alone', () => {
    expect(withoutNoteMarks('37【1】')).toBe('37');
    expect(withoutNoteMarks('29.3 [2]')).toBe('29.3');
    expect(valueWithUnit('37【1】', '微克/立方米', zh)).toBe('37微克/立方米');
    expect(valueWithUnit('由市级下达', '%', zh)).toBe('由市级下达');
    expect(valueWithUnit('To be set by the municipality', '%', en)).toBe('To be set by the municipality');
  });
});
