import type { Report, Severity } from '../types';
import { quote } from './group';

export interface JsonFinding {
  rule: string;
  severity: Severity;
  message: string;
  fix: string;
  /** The paragraph quoted, when the finding has a place. */
  where?: string;
  /** Further places of the same finding, quoted. */
  alsoAt?: string[];
}

/**
 * One element of `check-plan --json` output. The first keys (file, kind, findings with rule,
 * severity, message, fix) are the documented contract; later keys are only ever added.
 */
export type JsonResult =
  | {
      file: string;
      kind: string;
      findings: JsonFinding[];
      kindName: string;
      title: string;
      counts: Record<Severity, number>;
      elements: { present: string[]; missing: string[]; found: { element: string; how: string; where: string }[] };
    }
  | { file: string; error: string };

const quoteAt = (report: Report, at: number): string => quote(report, { at } as Parameters<typeof quote>[1]) ?? '';

export function reportToJson(report: Report, file: string): JsonResult {
  return {
    file,
    kind: report.kind,
    findings: report.findings.map((finding) => {
      const out: JsonFinding = { rule: finding.rule, severity: finding.severity, message: finding.message, fix: finding.fix };
      if (finding.at !== undefined) out.where = quoteAt(report, finding.at);
      if (finding.alsoAt?.length) out.alsoAt = finding.alsoAt.map((at) => quoteAt(report, at));
      return out;
    }),
    kindName: report.kindName,
    title: report.title,
    counts: report.counts,
    elements: {
      present: report.elements.present,
      missing: report.elements.missing,
      found: report.elements.found.map((place) => ({ element: place.element, how: place.how, where: quoteAt(report, place.at) })),
    },
  };
}
