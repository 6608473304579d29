import { analyse, contentStems } from '../text/analyse';
import { continuesEarlierQuestion } from '../text/follow-up';
import type { ClarifyIndex } from './clarify-index';

/** Share of a question's content words that must come from the brief for it to read the brief back. */
export const ECHO_COVERAGE = 0.85;
/** At least this many of its content words must be the brief's: "Correct?" alone echoes nothing. */
const ECHO_MIN_WORDS = 2;

// Words that ask for confirmation rather than say anything ("..., correct?", "is that right?").
// Light verbs say nothing of their own ("the orders live in Postgres"), nor does naming the brief's aim ("the goal is to ...").
const CONFIRMATION = new Set(
  analyse('so right correct true confirm confirmed accurate understand understood yet still today currently basically indeed live lives run runs use uses sit sits exist exists work works hold holds goal goals aim idea').stems,
);
// An open question or a choice asks something the brief may not say, whatever its words.
const OPEN_QUESTION = /(?:^|[,;:.?!]\s*|\b(?:and|so|also|but|then|just|ok|okay)\s+)(?:what|whats|what's|which|who|whom|whose|when|where|why|how)\b/i;
const CHOICE = /\bor\b/i;

/**
 * Whether a question only reads the brief back for confirmation ("So ShopWave sells in three
 * countries, correct?"): a yes/no or declarative question, with no open question word and no
 * choice and no follow-up opener ("and in two years?"), whose content words are (nearly) all the brief's own (`given`). Such a question asks
 * about no topic: the interviewer confirms it and nothing is learned. Pure; never throws.
 */
export function readsBriefBack(question: string, index: Pick<ClarifyIndex, 'given'>): boolean {
  if (index.given.size === 0 || typeof question !== 'string') return false;
  // A follow-up ("and in two years?") asks the earlier question again, of another time or thing.
  if (OPEN_QUESTION.test(question) || CHOICE.test(question) || continuesEarlierQuestion(question)) return false;
  const stems = contentStems(analyse(question)).filter((stem) => !CONFIRMATION.has(stem));
  const covered = stems.filter((stem) => index.given.has(stem)).length;
  return covered >= ECHO_MIN_WORDS && covered >= stems.length * ECHO_COVERAGE;
}
