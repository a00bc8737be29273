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

/** Thrown when a template cannot be built; its message lists every problem found. */
export class TemplateError extends Error {
  constructor(readonly problems: Problem[]) {
    const count = problems.length === 1 ? '1 problem' : `${problems.length} problems`;
    super(`Template content has ${count}:\n${problems.map(formatProblem).join('\n')}`);
    this.name = 'TemplateError';
  }
}

/** Thrown when the plan checker's rules or legal-basis registry (content/check/) cannot be used. */
export class CheckDataError extends Error {
  constructor(readonly problems: Problem[]) {
    const count = problems.length === 1 ? '1 problem' : `${problems.length} problems`;
    super(`Plan-check data has ${count}:\n${problems.map(formatProblem).join('\n')}`);
    this.name = 'CheckDataError';
  }
}
