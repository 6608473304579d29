import type { ComponentKind } from '@/lib/diagram/component-kinds';
import { readText } from '@/lib/text/read-text';
import { LABEL_MARKERS, MARKER_FILLERS } from './vocabulary/label-markers';

/**
 * Why a labelled box is not read as the part its label names: struck out (~~Spark~~), negated in
 * words ("Kafka (not needed)", "no Redis"), marked removed ("Flink - dropped"), put off ("Warehouse
 * (phase 3)"), a placeholder ("TBD", "TODO: Spark") or a question ("Redis?").
 */
export type SetAsideReason = 'struck' | 'negated' | 'removed' | 'deferred' | 'placeholder' | 'question';

/** A box the learner drew but said is not part of the design: why, and what its label would name. */
export interface SetAside {
  reason: SetAsideReason;
  /** The kinds the label names apart from the marker (empty for a bare "TBD"). */
  kinds: ComponentKind[];
}

/** What the kind reader should read of a label, and whether the label sets the box aside. */
export interface LabelStatus {
  /** The label with struck-out and negated words blanked (same length as the label). */
  text: string;
  /** The label without strike marks, for the kinds a struck-out label would have named. */
  unstruck: string;
  /** True when some words were struck out or negated (their kinds are not read). */
  masked: 'struck' | 'negated' | undefined;
  /** Set when a marker (removed, later, TBD, ?) applies to the whole box. */
  marker: Exclude<SetAsideReason, 'struck' | 'negated'> | undefined;
}

/** "~~Spark~~" (Markdown) and letters carrying a combining stroke ("S̶p̶a̶r̶k̶"). */
const MARKDOWN_STRIKE = /~~([^~]+)~~/g;
const COMBINING_STROKE = /[\u0335\u0336\u0337\u0338]/;
/** Where a label's notes begin: brackets, a spaced dash, a colon, a pipe. */
const SEGMENT_BREAK = /[()[\]{}:|]|\s[-–—]+\s|[–—]/;

type MarkerReason = LabelStatus['marker'] & string;

function markerWords(text: string): string[] {
  return text
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .split(/[^a-z0-9?#]+/)
    .flatMap((word) => word.split(/(\?)/))
    .filter((word) => word !== '')
    .map((word) => word.replace(/\d+/g, '#'));
}

const FILLERS: ReadonlySet<string> = new Set(MARKER_FILLERS);
// A marker is read without its fillers, as a note is ("to be removed" is matched as "to removed").
const MARKERS: ReadonlyMap<string, MarkerReason> = (() => {
  const out = new Map<string, MarkerReason>();
  for (const [reason, phrases] of Object.entries(LABEL_MARKERS) as [MarkerReason, readonly string[]][]) {
    for (const phrase of phrases) {
      const key = markerWords(phrase).filter((word) => !FILLERS.has(word)).join(' ');
      if (key !== '' && !out.has(key)) out.set(key, reason);
    }
  }
  return out;
})();
/** The most words one marker phrase has (after fillers). */
const LONGEST_MARKER = Math.max(...[...MARKERS.keys()].map((key) => key.split(' ').length));

/**
 * The marker a note consists of ("out of scope", "phase 3", "?"), fillers aside: one marker, or several
 * in a row ("later, maybe", "skip for v1"), the first one's reason; undefined when any word of the note
 * is not part of a marker.
 */
function markerOf(segment: string): MarkerReason | undefined {
  const words = markerWords(segment).filter((word) => !FILLERS.has(word));
  if (words.length === 0) return undefined;
  if (words.every((word) => word === '?')) return 'question';
  const rest = words.filter((word) => word !== '?');
  // reasonAt[i]: the reason of the first marker of a cover of rest[i..] by markers, longest first.
  const reasonAt: (MarkerReason | undefined)[] = new Array<MarkerReason | undefined>(rest.length + 1).fill(undefined);
  const covered: boolean[] = new Array<boolean>(rest.length + 1).fill(false);
  covered[rest.length] = true;
  for (let i = rest.length - 1; i >= 0; i -= 1) {
    for (let n = Math.min(LONGEST_MARKER, rest.length - i); n >= 1; n -= 1) {
      const reason = covered[i + n] ? MARKERS.get(rest.slice(i, i + n).join(' ')) : undefined;
      if (reason) {
        reasonAt[i] = reason;
        covered[i] = true;
        break;
      }
    }
  }
  return covered[0] ? reasonAt[0] : undefined;
}

/** The marker that applies to the whole box: every note is a marker and at most one note names something. */
function wholeBoxMarker(label: string): MarkerReason | undefined {
  const segments = label.split(SEGMENT_BREAK).filter((segment) => /[\p{L}\p{N}?]/u.test(segment));
  let marker: MarkerReason | undefined;
  let naming = 0;
  for (const segment of segments) {
    const found = markerOf(segment);
    if (found) marker ??= found;
    else naming += 1;
  }
  if (marker && naming <= 1) return marker;
  // "Redis?", "Which warehouse?": the box asks instead of deciding.
  return /\?\s*$/.test(label) ? 'question' : undefined;
}

/** Blanks the characters from..to of `chars` (keeps the length, so offsets stay valid). */
function blank(chars: string[], from: number, to: number): void {
  for (let i = from; i < to; i += 1) chars[i] = ' ';
}

const CACHE_SIZE = 4096;
const CACHE = new Map<string, LabelStatus>();

/**
 * Reads what a label says about its own box: words struck out (Markdown ~~ or combining strokes),
 * words negated (lib/text's negation reading, with brackets and dashes read as one clause: "Kafka (not
 * needed)" is "Kafka not needed"), and a marker for the whole box (see LABEL_MARKERS). Pure; never
 * throws; the same label is read once.
 */
export function readLabelStatus(label: string): LabelStatus {
  const known = CACHE.get(label);
  if (known) return known;
  const status = computeStatus(label);
  if (CACHE.size >= CACHE_SIZE) CACHE.clear();
  CACHE.set(label, status);
  return status;
}

function computeStatus(label: string): LabelStatus {
  const chars = label.split('').map((ch) => (COMBINING_STROKE.test(ch) ? '\u0000' : ch));
  let masked: LabelStatus['masked'];
  // Letters followed by a combining stroke are struck; the strokes themselves are dropped.
  for (let i = 0; i < chars.length; i += 1) {
    if (chars[i] === '\u0000') {
      chars[i] = '';
      if (i > 0 && chars[i - 1] !== '') chars[i - 1] = ' ';
      masked = 'struck';
    }
  }
  let text = chars.join('');
  const unstruck = label.split('').filter((ch) => !COMBINING_STROKE.test(ch)).join('').replace(/~~/g, '  ');
  text = text.replace(MARKDOWN_STRIKE, (whole) => {
    masked = 'struck';
    return ' '.repeat(whole.length);
  });
  const marker = wholeBoxMarker(unstruck);
  // Negation, read by lib/text on the label as one clause: brackets and dashes are only notes.
  const flat = text.replace(/[()[\]{}]/g, ' ').replace(/[–—]/g, '-');
  if (/\p{L}/u.test(flat)) {
    const read = readText(flat);
    const out = text.split('');
    let negated = false;
    read.tokens.forEach((token, i) => {
      if (token.kind === 'word' && read.negated[i]) {
        blank(out, token.start, token.end);
        negated = true;
      }
    });
    if (negated) {
      text = out.join('');
      masked ??= 'negated';
    }
  }
  return { text, unstruck, masked, marker };
}
