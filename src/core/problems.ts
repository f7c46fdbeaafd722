/** Where a record was read: a data file and line. */
export interface Where {
  file: string;
  line: number;
  /** The line of a path inside the record, where the record is a whole file. */
  lineOf?: (path: readonly (string | number)[]) => number;
}

/** A place inside a record: its own line where the file can tell it, else the record's. */
export const inside = (where: Where, ...path: (string | number)[]): Where => ({ file: where.file, line: where.lineOf?.(path) ?? where.line });

/** Problems found while assembling the content, each `file:line: problem`. */
export class Problems {
  readonly list: string[] = [];

  /** A problem with a record. */
  at(where: Where, problem: string): void {
    this.list.push(`${where.file}:${where.line}: ${problem}`);
  }

  /** A problem with a whole file (no one line to point at). */
  file(file: string, problem: string): void {
    this.list.push(`${file}: ${problem}`);
  }
}
