/** One thing a content author got wrong: where, what, and how to fix it. */
export interface Problem {
  file: string;
  line?: number | undefined;
  field?: string | undefined;
  message: string;
  fix: string;
}

export function formatProblem(problem: Problem): string {
  const where = problem.line === undefined ? problem.file : `${problem.file}:${problem.line}`;
  const field = problem.field === undefined ? '' : ` (field "${problem.field}")`;
  return `${where}${field}: ${problem.message}\n  Fix: ${problem.fix}`;
}

/** What authors write, as error messages name it. */
export const TEMPLATE_CONTENT = 'Template content';
export const CHECK_DATA = 'Plan-check data';

/**
 * Thrown when content an author wrote (templates, the checker's rules, the legal-basis registry, the
 * search vocabulary) cannot be built; its message lists every problem found, each with file, line,
 * field and fix.
 */
export class AuthorError extends Error {
  constructor(
    readonly subject: string,
    readonly problems: Problem[],
  ) {
    const count = problems.length === 1 ? '1 problem' : `${problems.length} problems`;
    super(`${subject} has ${count}:\n${problems.map(formatProblem).join('\n')}`);
    this.name = 'AuthorError';
  }
}

/** Problems of templates (frontmatter, body, legal bases). */
export const templateError = (problems: Problem[]) => new AuthorError(TEMPLATE_CONTENT, problems);
/** Problems of content/check/ (rules and legal-basis registry). */
export const checkDataError = (problems: Problem[]) => new AuthorError(CHECK_DATA, problems);
