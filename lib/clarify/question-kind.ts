import { normaliseText, tokenise } from '../text/normalise';

const QUESTION_OPENERS = new Set(
  (
    'what whats which who whom whose when where why how is are was were do does did can could should would will shall ' +
    'may might must have has any anything tell describe explain clarify share give list walk help curious wondering ' +
    'wonder please confirm define outline specify elaborate quick just so and also roughly approximately'
  ).split(' '),
);

// First-person openers that start a statement of intent ("I will use Kafka", "Let's shard by user").
const STATEMENT_OPENERS = new Set('i we let lets my our ok okay sure great yes no first then next'.split(' '));

// A verb makes a sentence a claim ("The pipeline will use Spark"); a bare noun phrase ("retention
// policy") is an elliptic question.
const STATEMENT_VERBS = /\b(will|would|should|shall|is|are|was|were|can|use|uses|using|going|gonna|need|needs|assume|think|propose|suggest|plan|prefer|store|stores|write|writes|partition|shard|run|runs|has|have)\b/;

// A first-person sentence is still a question when it asks to learn something.
const REQUEST_CUES = /\b(know|understand|clarify|confirm|ask|check|learn|hear|wonder|wondering|curious|find out|get a sense|get an idea|sense of|idea of|understanding|clarification|information about|info about|details on|details about)\b/;

/** True when the text asks something: a question mark, an interrogative or imperative opener, or a request to know. */
export function isQuestionLike(text: string): boolean {
  if (text.includes('?')) return true;
  const normalised = normaliseText(text, 500);
  const words = tokenise(normalised);
  const first = words[0];
  if (first === undefined) return false;
  if (QUESTION_OPENERS.has(first)) return true;
  if (REQUEST_CUES.test(normalised)) return true;
  if (STATEMENT_OPENERS.has(first)) return false;
  return !STATEMENT_VERBS.test(normalised);
}

const CLAUSE_SPLIT = /[?;!]+|\.(?!\d)|\b(?:and|also|plus|or|but)\s+(?=(?:what|whats|what's|how|who|whom|which|when|where|why|is|are|do|does|did|can|could|should|will|would|any)\b)/i;

/** Splits a compound question ("How much data, and how long do we keep it?") into its parts. */
export function splitClauses(text: string): string[] {
  return text
    .split(CLAUSE_SPLIT)
    .map((part) => (part ?? '').trim())
    .filter((part) => /[a-z0-9]/i.test(part));
}
