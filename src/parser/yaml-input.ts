import { isMap, isSeq, parseDocument, type Document } from 'yaml';
import type { z } from 'zod';
import { InputError } from './errors.ts';

/** Line (1-based) at which the node at `path` starts in a parsed YAML document. */
export function lineOfPath(doc: Document, text: string, path: readonly PropertyKey[]): number | undefined {
  for (let n = path.length; n >= 0; n--) {
    const node = doc.getIn(path.slice(0, n) as (string | number)[], true) as { range?: [number, number, number] } | undefined;
    const start = node?.range?.[0];
    if (start !== undefined) return text.slice(0, start).split('\n').length;
  }
  return undefined;
}

/** Parses YAML text; a syntax error becomes an InputError naming file and line. */
export function parseYamlText(file: string, text: string): Document {
  const doc = parseDocument(text, { prettyErrors: true });
  const e = doc.errors[0];
  if (e) throw new InputError(file, e.linePos?.[0]?.line, `invalid YAML: ${e.message.split('\n')[0]}`);
  return doc;
}

/**
 * A YAML file holding a list of records, each validated by `schema` and keyed by its `id`.
 * Any problem (syntax, a record that does not fit the schema, a duplicate id) is an
 * InputError with the file and the line of the offending record or field.
 */
export function readYamlRecords<S extends z.ZodType<{ id: string }>>(file: string, text: string, schema: S): { record: z.infer<S>; line: number }[] {
  const doc = parseYamlText(file, text);
  const items = doc.contents;
  if (!isSeq(items)) throw new InputError(file, 1, 'expected a list of records');
  const seen = new Map<string, number>();
  return (doc.toJS() as unknown[]).map((raw, i) => {
    const itemNode = items.items[i];
    const line = isMap(itemNode) && itemNode.range ? text.slice(0, itemNode.range[0]).split('\n').length : 1;
    const result = schema.safeParse(raw);
    if (!result.success) {
      const issue = result.error.issues[0]!;
      throw new InputError(file, lineOfPath(doc, text, [i, ...issue.path]) ?? line, `record ${i + 1}: ${issue.path.join('.') || '(record)'}: ${issue.message}`);
    }
    const id = result.data.id;
    if (seen.has(id)) throw new InputError(file, line, `duplicate id "${id}" (first at line ${seen.get(id)})`);
    seen.set(id, line);
    return { record: result.data, line };
  });
}

/** A YAML file that is one record, validated by `schema`; problems name the file and line. */
export function readYamlDocument<S extends z.ZodType>(file: string, text: string, schema: S): z.infer<S> {
  return readYamlDocumentWithLines(file, text, schema).record;
}

/** The same, with a function giving the line of any path inside the record (for later cross-checks). */
export function readYamlDocumentWithLines<S extends z.ZodType>(file: string, text: string, schema: S): { record: z.infer<S>; lineOf: (path: readonly (string | number)[]) => number } {
  const doc = parseYamlText(file, text);
  const result = schema.safeParse(doc.toJS());
  if (!result.success) {
    const issue = result.error.issues[0]!;
    const path = issue.path.map((p) => (typeof p === 'symbol' ? String(p) : p));
    throw new InputError(file, lineOfPath(doc, text, path), `${path.join('.') || '(root)'}: ${issue.message}`);
  }
  return { record: result.data, lineOf: (path) => lineOfPath(doc, text, path) ?? 1 };
}
