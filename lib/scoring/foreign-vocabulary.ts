import type { ForeignVocabulary } from '../text/foreign-vocabulary';
import type { Finding } from './finding';

/**
 * Most of a question's points an answer in another tool's vocabulary keeps, however right its substance: an interviewer
 * accepts the reasoning but expects the asked tool's terms (golden round 23: Kinesis terms for Kafka 70-74, Luigi and
 * cron for Airflow 76, Power BI model terms for a star schema 76, all right in substance).
 */
export const VOCABULARY_SHARE = 0.78;

/** Most terms that do not carry over to the asked tool charged, each as one wrong statement. */
export const MAX_WRONG_TERMS = 2;

const cut = (text: string) => (text.length > 140 ? `${text.slice(0, 140)}...` : text);

/**
 * What another tool's terms cost (lib/text/foreign-vocabulary.ts): each term that names nothing in the asked tool
 * ("savepoint" in a Spark answer), up to MAX_WRONG_TERMS, costs `unit` (one wrong statement in the caller's points),
 * with a finding naming what the asked tool has instead. Terms that map across cost nothing here. Pure.
 */
export function wrongTermCharge(vocabulary: ForeignVocabulary | undefined, unit: number, code: string, refs: string[]): { cost: number; findings: Finding[] } {
  const wrong = (vocabulary?.terms ?? []).filter((term) => !term.carries).slice(0, MAX_WRONG_TERMS);
  const findings: Finding[] = wrong.map((term) => ({
    code: `${code}.${term.id}`,
    severity: 'wrong',
    points: unit,
    message: `You wrote "${cut(term.clause)}": "${term.quote}" is ${term.owner}'s, and the mapping does not carry over. ${term.instead ?? ''}`.trim(),
    neutral: `You wrote "${cut(term.clause)}", which uses a term of ${term.owner} that the asked tool does not have.`,
    refs,
  }));
  return { cost: wrong.length * unit, findings };
}

/**
 * Caps what an answer in another tool's vocabulary keeps at VOCABULARY_SHARE of `available`, with a finding that names
 * the tool(s) and asks for the asked tool's terms. Unchanged (no finding) when the answer keeps to the asked tool's
 * words or already earns less. Pure.
 */
export function vocabularyCap(kept: number, available: number, vocabulary: ForeignVocabulary | undefined, code: string, refs: string[]): { kept: number; finding?: Finding } {
  if (!vocabulary || kept <= VOCABULARY_SHARE * available) return { kept };
  const capped = VOCABULARY_SHARE * available;
  const words = vocabulary.terms.map((term) => `"${term.quote}"`).join(', ');
  const owners = vocabulary.owners.join(' and ');
  const message = `You answered in ${owners}'s vocabulary (${words}). The substance may map across, but an interviewer asking about ${vocabulary.asked} expects its own terms: say what each of these is called there.`;
  return { kept: capped, finding: { code, severity: 'missing', points: kept - capped, message, neutral: `You answered in another tool's vocabulary (${owners}); use the asked tool's terms.`, refs } };
}
