import { DEFAULT_MAX_CHARS, normaliseText, tokenise } from './normalise';
import { stemWord } from './stem';
import { isStopword } from './stopwords';
import { PHRASE_SYNONYMS, canonicalWord } from './synonyms';

/** A text as the matchers see it: canonical stems in order, with stop words flagged (not removed, so phrases still match). */
export type AnalysedText = {
  stems: string[];
  stop: boolean[];
};

export type AnalyseOptions = {
  maxChars?: number;
};

/** Every number becomes this token: the value rarely says what a sentence is about, its presence might. */
export const NUMBER_TOKEN = 'num';

function analyseWords(text: string, maxChars: number): AnalysedText {
  const stems: string[] = [];
  const stop: boolean[] = [];
  for (const word of tokenise(normaliseText(text, maxChars))) {
    if (/^\d/.test(word)) {
      stems.push(NUMBER_TOKEN);
      stop.push(true);
      continue;
    }
    stems.push(stemWord(canonicalWord(word)));
    stop.push(isStopword(word));
  }
  return { stems, stop };
}

type PhraseTable = { byKey: Map<string, string>; maxLength: number };
let phraseTable: PhraseTable | undefined;

// Built on first use (not at import) so the synonym data is analysed with the same pipeline it feeds.
function getPhraseTable(): PhraseTable {
  if (phraseTable) return phraseTable;
  const byKey = new Map<string, string>();
  let maxLength = 1;
  for (const [canonical, phrases] of Object.entries(PHRASE_SYNONYMS)) {
    const target = stemWord(canonical);
    for (const phrase of phrases) {
      const { stems } = analyseWords(phrase, DEFAULT_MAX_CHARS);
      if (stems.length < 2) continue;
      byKey.set(stems.join(' '), target);
      maxLength = Math.max(maxLength, stems.length);
    }
  }
  phraseTable = { byKey, maxLength };
  return phraseTable;
}

/** normalise -> tokenise -> word synonyms -> stem -> phrase synonyms (longest first). Never throws. */
export function analyse(text: string, options: AnalyseOptions = {}): AnalysedText {
  const words = analyseWords(typeof text === 'string' ? text : '', options.maxChars ?? DEFAULT_MAX_CHARS);
  const { byKey, maxLength } = getPhraseTable();
  const stems: string[] = [];
  const stop: boolean[] = [];
  let i = 0;
  while (i < words.stems.length) {
    let matched = false;
    for (let length = Math.min(maxLength, words.stems.length - i); length >= 2; length -= 1) {
      const target = byKey.get(words.stems.slice(i, i + length).join(' '));
      if (target !== undefined) {
        stems.push(target);
        stop.push(false);
        i += length;
        matched = true;
        break;
      }
    }
    if (!matched) {
      stems.push(words.stems[i] ?? '');
      stop.push(words.stop[i] ?? false);
      i += 1;
    }
  }
  return { stems, stop };
}

/** The stems that carry meaning on their own (stop words and numbers dropped). */
export function contentStems(analysed: AnalysedText): string[] {
  return analysed.stems.filter((_, index) => !analysed.stop[index]);
}

/** A phrase's lookup key: its canonical stems joined by spaces. */
export function phraseKey(text: string): string {
  return analyse(text).stems.join(' ');
}
