/** Arabic numbers in a text (full-width digits read as ASCII, thousands separators dropped). */
export function numbersIn(text: string): number[] {
  const ascii = text.replace(/[０-９．]/gu, (c) => (c === '．' ? '.' : String.fromCharCode(c.charCodeAt(0) - 0xfee0)));
  return [...ascii.replace(/(\d),(?=\d{3})/gu, '$1').matchAll(/\d+(?:\.\d+)?/gu)].map((m) => Number(m[0]));
}
