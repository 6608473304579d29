import { ALLOWED_CONSTANTS, ALLOWED_FUNCTIONS } from './compile-expression';
import { BLOCKED_FUNCTIONS, safeMath } from './safe-math';

export const MAX_NAME_LENGTH = 64;

const IDENTIFIER = /^[A-Za-z_][A-Za-z0-9_]*$/;

/** Words the mathjs parser reads as operators or literals, so a row named after one could never be referenced. */
const PARSER_WORDS = new Set(['to', 'in', 'and', 'or', 'not', 'xor', 'mod', 'true', 'false', 'null', 'undefined', 'end']);
/** Names expressions use for themselves. Other mathjs functions (count, size...) are fine as row names. */
const BUILT_INS = new Set<string>([...ALLOWED_FUNCTIONS, ...ALLOWED_CONSTANTS, ...BLOCKED_FUNCTIONS]);

/** `storage per year` -> `storage_per_year`: a suggestion for names that are not identifiers. */
export function suggestIdentifier(name: string): string {
  const cleaned = name
    .replace(/[^A-Za-z0-9_]+/g, '_')
    .replace(/^_+|_+$/g, '')
    .toLowerCase();
  if (cleaned === '') return 'daily_volume';
  return /^[0-9]/.test(cleaned) ? `n_${cleaned}` : cleaned;
}

/**
 * Why `name` cannot name a worksheet row or fact value, or undefined when it can. Scope names win over
 * units and functions in mathjs, so a row named `day` or `GB` would silently redefine the unit for every
 * later row: those are rejected, as are names of functions and constants.
 */
export function nameError(name: string): string | undefined {
  // Asking mathjs whether a name is a unit scans its unit table: remember the answer per name.
  if (checked.has(name)) return checked.get(name);
  const error = findNameError(name);
  if (checked.size >= CHECKED_LIMIT) checked.clear();
  checked.set(name, error);
  return error;
}

const CHECKED_LIMIT = 5000;
const checked = new Map<string, string | undefined>();

function findNameError(name: string): string | undefined {
  if (name.length > MAX_NAME_LENGTH) return `the name is longer than ${MAX_NAME_LENGTH} characters`;
  if (!IDENTIFIER.test(name)) {
    return `"${name}" is not a usable name: use letters, digits and _ (for example ${suggestIdentifier(name)})`;
  }
  const { math } = safeMath();
  if (PARSER_WORDS.has(name)) return `"${name}" is a word of the expression language; choose another name, such as ${name}_value`;
  if (math.Unit.isValuelessUnit(name) || name === 'min' || name === 'sec') {
    return `"${name}" is a unit; naming a row after it would change what ${name} means in every later row. Choose another name, such as ${name}_total`;
  }
  if (BUILT_INS.has(name) || name in Object.prototype) {
    return `"${name}" is the name of a built-in function or constant; choose another name, such as ${name}_value`;
  }
  return undefined;
}

/** Characters a row name written in words may hold: letters, digits, spaces and light punctuation. */
const WORDED = /^[A-Za-z0-9_ \-(),./'\u2019:&]+$/;

/** How a worksheet row's name was read: the identifier later rows use, and whether it was written in words. */
export type RowName = { ok: true; key: string; worded: boolean } | { ok: false; error: string };

/**
 * Reads a worksheet row's name. An identifier (`peak_event_rate`) is used as written. A name in words
 * (`pings per second at the evening peak`, `raw tier (30 days)`) is accepted too: it gets the snake_case
 * identifier `pings_per_second_at_the_evening_peak`, by which (or by its words) later rows refer to it.
 * Errors: a name longer than MAX_NAME_LENGTH, one with no word of two letters or with symbols of the expression
 * language (`a*b`, `x=1`), and one whose identifier is a unit, function or word of the language.
 */
export function readRowName(name: string): RowName {
  if (name.length > MAX_NAME_LENGTH) return { ok: false, error: `the name is longer than ${MAX_NAME_LENGTH} characters` };
  if (IDENTIFIER.test(name)) {
    const error = nameError(name);
    return error === undefined ? { ok: true, key: name, worded: false } : { ok: false, error };
  }
  if (!WORDED.test(name) || !/[A-Za-z]{2}/.test(name)) return { ok: false, error: nameError(name) ?? `"${name}" is not a usable name` };
  const key = suggestIdentifier(name);
  const error = nameError(key);
  if (error !== undefined) return { ok: false, error: `"${name}" reads as ${key}, which cannot be a name: ${error}` };
  return { ok: true, key, worded: true };
}
