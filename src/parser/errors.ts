/** An error in an input file, located by file and 1-based line. The build prints it as is. */
export class InputError extends Error {
  readonly file: string;
  readonly line: number | undefined;
  readonly problem: string;

  constructor(file: string, line: number | undefined, problem: string) {
    super(`${file}${line === undefined ? '' : `:${line}`}: ${problem}`);
    this.name = 'InputError';
    this.file = file;
    this.line = line;
    this.problem = problem;
  }
}
