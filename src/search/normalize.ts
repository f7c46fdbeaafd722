/**
 * Search text normalisation, shared by the indexer (Node) and the search page (browser), so
 * that index and query always agree.
 *
 * - NFKC turns full-width input into ASCII: `ＰＭ２．５` → `PM2.5`, `１２３４５` → `12345`, `％` → `%`.
 * - Latin tokens are lower-cased.
 * - Tokens Pagefind would break apart get a joined alias: `PM2.5` → `pm25`, `55%` → `55pct`,
 *   `3619.76` → `3619p76`; the indexer appends the aliases of a record to its content, the
 *   page rewrites the query the same way.
 */
export function normalizeText(text: string): string {
  // Thousands separators go, so that 3,619.76 and 3619.76 are the same number.
  return text.normalize('NFKC').toLowerCase().replace(/(\d),(?=\d{3}(?!\d))/gu, '$1');
}

/**
 * Case and width folded character by character (（ → (, Ｐ → p), keeping every index in place
 * so that a match in the folded text is a match in the text.
 */
export const foldText = (s: string) =>
  [...s]
    .map((c) => {
      const f = c.normalize('NFKC').toLowerCase();
      return f.length === c.length ? f : c;
    })
    .join('');

/**
 * Separates a record's text from the tokens appended for search (number aliases, term tokens);
 * the search page cuts the content here before it makes an excerpt.
 */
export const TOKEN_SEPARATOR = '\u205E';

const ALIAS = /([a-z]*)(\d+(?:\.\d+)?)(%?)/gu;

/**
 * The numbers of a (normalised) text that the index holds by an alias, with the written form:
 * `pm2.5` → pm25, `55%` → 55pct, `3619.76` → 3619p76.
 */
export function numberTokens(text: string): { form: string; alias: string }[] {
  const out: { form: string; alias: string }[] = [];
  for (const m of text.matchAll(ALIAS)) {
    const [form, letters, num, pct] = m as unknown as [string, string, string, string];
    if (!(letters || pct || num.includes('.'))) continue;
    out.push({ form, alias: letters && num.includes('.') ? `${letters}${num.replace('.', '')}` : `${letters}${num.replace('.', 'p')}${pct ? 'pct' : ''}` });
  }
  return out;
}

/** The joined forms of the numbers and Latin-number tokens in a text (what the index appends). */
export const aliases = (text: string): string[] => [...new Set(numberTokens(normalizeText(text)).map((n) => n.alias))];
