import { resolveCitation } from '../lib/check/rules/bases';
import { loadRules } from '../lib/check/load';
import type { LegalBasis, Rules } from '../lib/check/types';
import { CheckDataError } from '../lib/parse/errors';

let rules: Rules | undefined;

/** The plan checker's rules and legal-basis registry, validated once per build. */
export function getCheckRules(): Rules {
  rules ??= loadRules();
  return rules;
}

/**
 * A template's 编制依据, each resolved in the registry the checker uses, so the page can never cite
 * what the checker calls superseded. The build stops on a basis the registry does not list as 现行.
 */
export function currentBases(file: string, legalBasis: string[]): LegalBasis[] {
  const { bases } = getCheckRules();
  return legalBasis.map((text, i) => {
    const title = /《([^》]+)》/.exec(text)?.[1] ?? text;
    const basis = resolveCitation(bases, title, text);
    if (basis?.status === '现行') return basis;
    const problem = basis
      ? { message: `"${text}" is ${basis.status} in content/check/legal-bases.yaml.`, fix: `cite ${bases.find((b) => b.id === basis.replacedBy)?.cite ?? 'the current version'} instead.` }
      : { message: `"${text}" is not in the legal-basis registry.`, fix: 'cite it as an entry of content/check/legal-bases.yaml writes it (cite:), or add an entry there.' };
    throw new CheckDataError([{ file, field: `legalBasis.${i}`, ...problem }]);
  });
}
