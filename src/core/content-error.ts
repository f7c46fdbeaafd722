/**
 * Problems found in the site's sources, each `file:line: problem`. The build, `npm run
 * check:content` and the tests print them all at once, so one run shows everything to fix.
 */
export class ContentError extends Error {
  readonly problems: readonly string[];

  constructor(problems: readonly string[]) {
    super(`${problems.length} problem(s) in the content:\n  ${problems.join('\n  ')}`);
    this.name = 'ContentError';
    this.problems = problems;
  }
}
