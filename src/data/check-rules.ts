import { loadRules } from '../lib/check/load';
import type { LegalBasis, Rules } from '../lib/check/types';
import { resolveBases } from './catalog';

let rules: Rules | undefined;

/** The plan checker's rules and legal-basis registry, validated once per build. */
export function getCheckRules(): Rules {
  rules ??= loadRules();
  return rules;
}

/**
 * A template's 编制依据, each as the registry the checker uses writes it, so the page can never cite
 * what the checker calls superseded (the catalog refused any basis the registry does not list as 现行).
 */
export function currentBases(legalBasis: string[]): LegalBasis[] {
  return resolveBases(getCheckRules().bases, legalBasis).flatMap((resolved) => ('basis' in resolved ? [resolved.basis] : []));
}
