/**
 * Fills `{name}` placeholders: the one formatting helper for interface text, used at build time
 * (`t()`) and by the browser scripts, which read their templates from `data-*` attributes.
 */
export type TextVars = Readonly<Record<string, string | number>>;

export function fill(template: string, vars: TextVars = {}, what = 'text'): string {
  return template.replace(/\{(\w+)\}/gu, (_, name: string) => {
    if (!(name in vars)) throw new Error(`${what} needs {${name}}: “${template}”`);
    return String(vars[name]);
  });
}

/**
 * A template cut at its placeholders, for markup around the filled values (an editorial note
 * sets the quoted Chinese in `<span lang="zh-CN">`): strings, and `{ name, value }` pieces.
 */
export function fillParts(template: string, vars: TextVars): (string | { name: string; value: string })[] {
  return template
    .split(/(\{\w+\})/u)
    .filter((part) => part !== '')
    .map((part) => {
      const name = /^\{(\w+)\}$/u.exec(part)?.[1];
      if (name === undefined) return part;
      if (!(name in vars)) throw new Error(`text needs {${name}}: “${template}”`);
      return { name, value: String(vars[name]) };
    });
}
