import { describe, expect, it } from 'vitest';
import { vnuErrors } from '../support/validate-html.ts';

describe('valid HTML', () => {
  it('the W3C Nu validator reports no error on any built page', () => {
    expect(vnuErrors(['dist'])).toEqual([]);
  }, 120_000);
});
