import type { Report } from '../types';

/** One element of `check-plan --json` output: exactly the fields the command documents. */
export type JsonResult =
  | { file: string; kind: string; findings: { rule: string; severity: 'error' | 'warning' | 'info'; message: string; fix: string }[] }
  | { file: string; error: string };

export function reportToJson(report: Report, file: string): JsonResult {
  return {
    file,
    kind: report.kind,
    findings: report.findings.map(({ rule, severity, message, fix }) => ({ rule, severity, message, fix })),
  };
}
