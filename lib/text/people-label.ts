import { normaliseText, tokenise } from './normalise';
import { isStopword } from './stopwords';

/** Characters of a box label read: a label is a few words. */
const MAX_LABEL_CHARS = 200;

/**
 * Nouns that name the people or teams a platform's outputs are for ("bed managers", "ops team", "ward staff",
 * "privacy office", "finance, audit"): readers of a dashboard or a serving store, never systems. Data: add a noun here.
 */
const PEOPLE_NOUNS: ReadonlySet<string> = new Set(
  (
    'team teams staff office offices department departments dept desk unit managers manager analysts analyst clinicians clinician ' +
    'nurses nurse doctors doctor physicians physician executives execs exec leadership finance audit auditors auditor compliance ' +
    'regulator regulators engineers engineer scientists scientist technicians technician dispatchers dispatcher planners planner ' +
    'controllers controller stakeholders marketing merchandisers merchandiser agents agent operators operator supervisors supervisor ' +
    'accountants accountant treasury ops operations support board directors director officers officer people humans'
  ).split(' '),
);

/**
 * Nouns of those who send data at the source (users tapping an app, drivers' phones, patients, sensors): a box named
 * so is where data starts, not who reads the outputs ("drivers", "rider app users"); as a qualifier it only says which
 * team ("customer support team").
 */
const SENDER_NOUNS: ReadonlySet<string> = new Set(
  'user users customer customers rider riders driver drivers patient patients shopper shoppers passenger passengers device devices sensor sensors machine machines vehicle vehicles phone phones cardholder cardholders merchant merchants'.split(' '),
);

/** The words of a label outside its brackets ("bed managers (< 2 min)" gives "bed managers"), or all of them when it is only a note. */
function headWords(label: string): string[] {
  const outside = label.replace(/\([^)]*\)|\[[^\]]*\]/g, ' ');
  const words = (text: string) => tokenise(normaliseText(text, MAX_LABEL_CHARS)).filter((word) => /[a-z]/.test(word));
  const head = words(outside);
  return head.length > 0 ? head : words(label);
}

/**
 * Whether a box's label names people or a team who read the platform's outputs: its head noun (the last word outside
 * brackets) is a people noun ("bed managers (< 2 min)", "ops team", "ward staff", "privacy office"), or every content
 * word is ("(finance, audit)"), and the head is not one of those who send data at the source ("drivers", "patients", "users").
 * Pure; never throws.
 */
export function namesPeople(label: string): boolean {
  const words = headWords(typeof label === 'string' ? label : '');
  const last = words[words.length - 1] ?? '';
  if (words.length === 0 || SENDER_NOUNS.has(last)) return false;
  if (PEOPLE_NOUNS.has(last)) return true;
  const content = words.filter((word) => !isStopword(word));
  return content.length > 0 && content.every((word) => PEOPLE_NOUNS.has(word));
}
