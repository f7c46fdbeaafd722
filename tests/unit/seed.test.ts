import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

// The seed is the published source: it is copied byte for byte and never edited.
// If this fails, restore seeds/ from the official text instead of updating the hash.
const SEED_SHA256 = '8a9442ea86977665138148a9321a17ac3fafd2296ff245d4ebad844260bc54ea';

describe('seed', () => {
  const bytes = readFileSync('seeds/yubei-eco-plan-2021-2025.zh.txt');
  it('is byte-for-byte the official text', () => {
    expect(createHash('sha256').update(bytes).digest('hex')).toBe(SEED_SHA256);
  });
  it('is UTF-8 with 828 lines and no carriage returns', () => {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    expect(text.split('\n').length - 1).toBe(828);
    expect(text).not.toContain('\r');
  });
});
