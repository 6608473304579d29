import { peakFigureSentences } from '../text/peak-figure';
import { CLARIFY_TOPICS } from '../content/clarify-topics';
import type { ClarifyTopic } from '../content/clarify-topics';
import type { Fact, Rubric } from '../content/rubric-schema';
import { analyse, contentStems } from '../text/analyse';
import type { AnalysedText } from '../text/analyse';
import { buildFuzzyCorrector } from '../text/fuzzy';
import type { FuzzyCorrector } from '../text/fuzzy';
import { buildPhraseMatcher } from '../text/phrase-matcher';
import type { PhraseMatcher } from '../text/phrase-matcher';
import { describesLateData } from '../text/late-arrival';
import { describesPrivacyRequest } from '../text/privacy-request';
import { buildExampleBank } from './example-bank';
import type { ExampleBank, TopicExample } from './example-bank';
import { GENERAL_TOPIC_EXAMPLES } from './general-topic-examples';
import { NEAR_CUES, NEAR_WINDOW, OFF_TOPIC_VOCABULARY, TOPIC_VOCABULARY } from './topic-vocabulary';

/** The clarify section of a case rubric; engines take the whole rubric so callers pass what `loadCase` returns. */
export type ClarifyRubric = Rubric['steps']['clarify'];
export type ClarifyCase = { steps: { clarify: ClarifyRubric } };

/** A fact keyword as a whole phrase is a strong, case-specific cue; the single words of a longer keyword less so. */
const KEYWORD_PHRASE_WEIGHT = 3;
const KEYWORD_WORD_WEIGHT = 0.75;
/** Answer words only break ties between facts: answers talk about many things besides their topic. */
const ANSWER_WORD_WEIGHT = 0.5;
/** Stretches of questions kept read per case (ClarifyIndex.readCorrected): a line's own stretches, a few lines back. */
const MAX_READ_CACHE = 256;
/** Longest phrase looked up; longer cues are ignored rather than slowing every match. */
const MAX_PHRASE_STEMS = 8;

export const TOPIC_INDEX: Readonly<Record<ClarifyTopic, number>> = Object.fromEntries(
  CLARIFY_TOPICS.map((topic, index) => [topic, index]),
) as Record<ClarifyTopic, number>;

/** What a tail after a head says: the topic slot (null: off topic), its weight, and how many words after the head it may come. */
export type NearReading = { slot: number | null; weight: number; window: number };

export type ClarifyIndex = {
  facts: readonly Fact[];
  /** Every fact's answer, in rubric order: what a leading question's assumption is checked against. */
  factAnswers: readonly string[];
  topicsWithFacts: ReadonlySet<ClarifyTopic>;
  /** Phrase key -> cue weight per topic (indexed like CLARIFY_TOPICS). */
  vocab: ReadonlyMap<string, Float64Array>;
  /** Phrase key -> [fact index, weight] pairs from fact keywords and answers, weights already scaled by how rare the key is among facts. */
  factTerms: ReadonlyMap<string, ReadonlyArray<readonly [number, number]>>;
  /** Phrase key -> 0..1 weight: words shared by many topics tell topics apart poorly. */
  idf: ReadonlyMap<string, number>;
  /** Head phrase key -> tail stem -> the reading it gives (topic slot, or null for off-topic) and its weight. */
  near: ReadonlyMap<string, ReadonlyMap<string, NearReading>>;
  /** How far after a head any tail is looked for (the widest near cue's window). */
  nearWindow: number;
  /** Phrase key -> weight of cues that belong to no topic (budget, team, the interview itself). */
  offTopic: ReadonlyMap<string, number>;
  maxLength: number;
  /**
   * Every key of vocab, factTerms, offTopic and near, and each of their leading runs of stems ("how", "how many" of
   * "how many years"): a run of a line's stems found nowhere here starts no key, so longer runs from it need no look-up.
   */
  prefixes: ReadonlySet<string>;
  entities: PhraseMatcher<string>;
  /** Corrects typos towards the words this index knows ("retension" -> "retention"), before analysis. */
  fuzzy: FuzzyCorrector;
  /**
   * A stretch of a question typo-corrected (`fuzzy`) and analysed, both up to `maxChars`: the same stretch is read
   * by several readers of one line (the whole line, its asked core, its clauses), so the last few are kept. The
   * result is shared: read it, never change it.
   */
  readCorrected: (text: string, maxChars: number) => AnalysedText;
  /**
   * Facts whose text describes data arriving late, out of order or revised (lib/text/late-arrival): where
   * this case answers a question about late data, whatever topic its author filed that under; with the
   * content stems of each such fact's answer (what it says arrives late).
   */
  lateFacts: readonly { factIndex: number; stems: ReadonlySet<string> }[];
  /**
   * Sentences of the volume and peak facts (scale_now, scale_growth) that give a figure at its peak (lib/text/peak-figure),
   * as the stems of what each counts: a count asked at its peak goes to the fact that states that very peak.
   */
  peakFigureFacts: readonly { factIndex: number; stems: ReadonlySet<string> }[];
  /**
   * Content stems of every fact except those of scope_reference, and of the entities: the parties and
   * systems this case works with ("Visa", "Rhapsody"), as against the companies it is only compared to.
   */
  worksWith: ReadonlySet<string>;
  /**
   * Facts whose text says how a data subject's request (erasure, opting out) is handled: where this case
   * answers such a request, be it under privacy or under retention ("the legal duty to keep financial
   * records overrides an erasure request").
   */
  requestFacts: readonly number[];
  /** Content stems of what the brief already says (`given`): a question made only of these reads the brief back. */
  given: ReadonlySet<string>;
  /**
   * The example bank searched for the nearest questions: the general examples and this case's own
   * (`examples`), built on first use. `heldOut` (measurement only) builds it without those questions.
   */
  exampleBank: (heldOut?: ReadonlySet<string>) => ExampleBank;
};

type CommonVocabulary = {
  vocab: Map<string, Float64Array>;
  offTopic: Map<string, number>;
  near: Map<string, Map<string, NearReading>>;
  /** The widest window of any near cue. */
  nearWindow: number;
  maxLength: number;
  /** The keys of vocab, offTopic and near with their leading runs of stems (see ClarifyIndex.prefixes). */
  prefixes: Set<string>;
};

let vocabularyCache: CommonVocabulary | undefined;

const splitList = (list: string) => list.split(',').map((item) => item.trim()).filter((item) => item.length > 0);

// The common vocabulary is the same for every case, so it is analysed once per process.
function commonVocabulary() {
  if (vocabularyCache) return vocabularyCache;
  const vocab = new Map<string, Float64Array>();
  let maxLength = 1;
  for (const topic of CLARIFY_TOPICS) {
    for (const cue of TOPIC_VOCABULARY[topic]) {
      const { stems } = analyse(cue.phrase);
      if (stems.length === 0 || stems.length > MAX_PHRASE_STEMS) continue;
      const key = stems.join(' ');
      const weights = vocab.get(key) ?? new Float64Array(CLARIFY_TOPICS.length);
      const slot = TOPIC_INDEX[topic];
      weights[slot] = Math.max(weights[slot] ?? 0, cue.weight);
      vocab.set(key, weights);
      maxLength = Math.max(maxLength, stems.length);
    }
  }
  const offTopic = new Map<string, number>();
  for (const cue of OFF_TOPIC_VOCABULARY) {
    const { stems } = analyse(cue.phrase);
    if (stems.length === 0 || stems.length > MAX_PHRASE_STEMS) continue;
    const key = stems.join(' ');
    offTopic.set(key, Math.max(offTopic.get(key) ?? 0, cue.weight));
    maxLength = Math.max(maxLength, stems.length);
  }
  const near = new Map<string, Map<string, NearReading>>();
  for (const cue of NEAR_CUES) {
    const reading: NearReading = { slot: cue.topic === null ? null : TOPIC_INDEX[cue.topic], weight: cue.weight, window: cue.window ?? NEAR_WINDOW };
    for (const head of splitList(cue.heads)) {
      const { stems } = analyse(head);
      if (stems.length === 0 || stems.length > MAX_PHRASE_STEMS) continue;
      const key = stems.join(' ');
      const tails = near.get(key) ?? new Map<string, NearReading>();
      for (const tail of splitList(cue.tails)) {
        // Tails are one or two stems; two-stem tails are tried first ("data loss" before "data").
        const tailStems = analyse(tail).stems;
        if (tailStems.length === 0 || tailStems.length > 2) continue;
        const tailKey = tailStems.join(' ');
        if (!tails.has(tailKey)) tails.set(tailKey, reading);
      }
      near.set(key, tails);
      maxLength = Math.max(maxLength, stems.length);
    }
  }
  const nearWindow = NEAR_CUES.reduce((widest, cue) => Math.max(widest, cue.window ?? NEAR_WINDOW), NEAR_WINDOW);
  const prefixes = new Set<string>();
  for (const key of [...vocab.keys(), ...offTopic.keys(), ...near.keys()]) addPrefixes(prefixes, key);
  vocabularyCache = { vocab, offTopic, near, nearWindow, maxLength, prefixes };
  return vocabularyCache;
}

/** Adds `key` and every run of its leading words (cut at each space) to `prefixes`. */
function addPrefixes(prefixes: Set<string>, key: string): void {
  for (let at = key.indexOf(' '); at >= 0; at = key.indexOf(' ', at + 1)) prefixes.add(key.slice(0, at));
  prefixes.add(key);
}

function addFactTerm(terms: Map<string, Map<number, number>>, key: string, factIndex: number, weight: number) {
  const byFact = terms.get(key) ?? new Map<number, number>();
  byFact.set(factIndex, Math.max(byFact.get(factIndex) ?? 0, weight));
  terms.set(key, byFact);
}

function buildIndex(clarify: ClarifyRubric): ClarifyIndex {
  const common = commonVocabulary();
  let maxLength = common.maxLength;
  const terms = new Map<string, Map<number, number>>();
  const answerOnly = new Set<string>();

  clarify.facts.forEach((fact, factIndex) => {
    for (const keyword of fact.keywords) {
      const analysed = analyse(keyword);
      // A keyword made only of function words ("like") would fire on almost every question.
      if (analysed.stop.every(Boolean)) continue;
      if (analysed.stems.length <= MAX_PHRASE_STEMS) {
        addFactTerm(terms, analysed.stems.join(' '), factIndex, KEYWORD_PHRASE_WEIGHT);
        maxLength = Math.max(maxLength, analysed.stems.length);
      }
      for (const stem of contentStems(analysed)) addFactTerm(terms, stem, factIndex, KEYWORD_WORD_WEIGHT);
    }
    for (const stem of contentStems(analyse(fact.answer))) {
      if (stem.length < 3) continue;
      if (!terms.get(stem)?.has(factIndex)) answerOnly.add(`${factIndex}:${stem}`);
      addFactTerm(terms, stem, factIndex, ANSWER_WORD_WEIGHT);
    }
  });

  // Document frequency over topics: a topic "contains" a key when its vocabulary or one of its
  // facts' keywords does; answer-only mentions count half.
  const topicCount = CLARIFY_TOPICS.length;
  const allKeys = new Set<string>([...common.vocab.keys(), ...terms.keys()]);
  const idf = new Map<string, number>();
  for (const key of allKeys) {
    const strong = new Set<number>();
    const weak = new Set<number>();
    common.vocab.get(key)?.forEach((weight, slot) => {
      if (weight > 0) strong.add(slot);
    });
    terms.get(key)?.forEach((_, factIndex) => {
      const fact = clarify.facts[factIndex];
      if (!fact) return;
      const slot = TOPIC_INDEX[fact.topic];
      if (answerOnly.has(`${factIndex}:${key}`)) weak.add(slot);
      else strong.add(slot);
    });
    for (const slot of strong) weak.delete(slot);
    const df = Math.max(1, strong.size + 0.5 * weak.size);
    idf.set(key, Math.log(1 + topicCount / df) / Math.log(1 + topicCount));
  }

  // Fact terms also pick between facts of one topic, so they are weighed by rarity among facts:
  // "day" in half the answers says little about which fact is meant.
  const factCount = Math.max(1, clarify.facts.length);
  const factTerms = new Map<string, Array<readonly [number, number]>>();
  for (const [key, byFact] of terms) {
    const rarity = Math.log(1 + factCount / byFact.size) / Math.log(1 + factCount);
    factTerms.set(key, [...byFact.entries()].map(([factIndex, weight]) => [factIndex, weight * rarity] as const));
  }

  const words: string[] = [];
  for (const topic of CLARIFY_TOPICS) for (const cue of TOPIC_VOCABULARY[topic]) words.push(cue.phrase);
  for (const cue of OFF_TOPIC_VOCABULARY) words.push(cue.phrase);
  for (const cue of NEAR_CUES) words.push(cue.heads, cue.tails);
  for (const fact of clarify.facts) words.push(fact.answer, ...fact.keywords);
  for (const entity of clarify.entities) words.push(entity.label, ...entity.synonyms);

  const entities = buildPhraseMatcher(
    clarify.entities.map((entity) => ({
      id: entity.id,
      phrases: [entity.label, entity.id.replace(/-/g, ' '), ...entity.synonyms],
    })),
  );

  // Chat shorthand ("hw mny drvrs onln?") is read too: learners type clarifying questions like chat messages.
  const fuzzy = buildFuzzyCorrector(words, { shorthand: true });
  const examples: TopicExample[] = [];
  for (const topic of CLARIFY_TOPICS) {
    for (const question of GENERAL_TOPIC_EXAMPLES[topic]) examples.push({ question, topic });
    for (const question of clarify.examples?.[topic] ?? []) examples.push({ question, topic });
  }
  const correct = (line: string) => fuzzy.correctText(line);
  const corrected = new Map<string, AnalysedText>();
  const readCorrected = (text: string, maxChars: number): AnalysedText => {
    const key = `${maxChars}\u0000${text}`;
    const cached = corrected.get(key);
    if (cached) return cached;
    const analysed = analyse(fuzzy.correctText(text, maxChars), { maxChars });
    if (corrected.size >= MAX_READ_CACHE) corrected.delete(corrected.keys().next().value as string);
    corrected.set(key, analysed);
    return analysed;
  };
  let fullBank: ExampleBank | undefined;
  const heldOutBanks = new WeakMap<ReadonlySet<string>, ExampleBank>();
  const exampleBank = (heldOut?: ReadonlySet<string>): ExampleBank => {
    if (!heldOut) {
      fullBank ??= buildExampleBank(examples, correct);
      return fullBank;
    }
    let bank = heldOutBanks.get(heldOut);
    if (!bank) {
      bank = buildExampleBank(examples.filter((example) => !heldOut.has(example.question)), correct);
      heldOutBanks.set(heldOut, bank);
    }
    return bank;
  };

  const prefixes = new Set(common.prefixes);
  for (const key of terms.keys()) addPrefixes(prefixes, key);

  return {
    exampleBank,
    prefixes,
    facts: clarify.facts,
    factAnswers: clarify.facts.map((fact) => fact.answer),
    topicsWithFacts: new Set(clarify.facts.map((fact) => fact.topic)),
    vocab: common.vocab,
    factTerms,
    idf,
    offTopic: common.offTopic,
    near: common.near,
    nearWindow: common.nearWindow,
    maxLength,
    entities,
    fuzzy,
    readCorrected,
    worksWith: new Set([
      ...clarify.facts.filter((fact) => fact.topic !== 'scope_reference').flatMap((fact) => [fact.answer, ...fact.keywords]),
      ...clarify.entities.flatMap((entity) => [entity.label, ...entity.synonyms]),
    ].flatMap((phrase) => contentStems(analyse(phrase)))),
    requestFacts: clarify.facts.flatMap((fact, factIndex) => (describesPrivacyRequest(fact.answer) ? [factIndex] : [])),
    lateFacts: clarify.facts.flatMap((fact, factIndex) =>
      describesLateData(fact.answer) ? [{ factIndex, stems: new Set(contentStems(analyse(fact.answer))) }] : [],
    ),
    given: new Set((clarify.given ?? []).flatMap((line) => contentStems(analyse(line)))),
    peakFigureFacts: clarify.facts.flatMap((fact, factIndex) =>
      fact.topic === 'scale_now' || fact.topic === 'scale_growth' ? peakFigureSentences(fact.answer).map((stems) => ({ factIndex, stems })) : [],
    ),
  };
}

const cache = new WeakMap<ClarifyRubric, ClarifyIndex>();
/** Indexes by the clarify section's content, for a case loaded again (a fresh object with the same facts). */
const byContent = new Map<string, ClarifyIndex>();
/** Bound on byContent: every shipped case, with room for the tests' own rubrics. */
const MAX_BY_CONTENT = 32;

/**
 * The matching index for a case, built once per rubric object (rubrics are immutable once loaded) and once per
 * content: the same clarify section loaded again (loadCase returns a copy each time) gets the index built before.
 */
export function getClarifyIndex(rubric: ClarifyCase): ClarifyIndex {
  const clarify = rubric.steps.clarify;
  const cached = cache.get(clarify);
  if (cached) return cached;
  const key = JSON.stringify(clarify);
  let index = byContent.get(key);
  if (!index) {
    index = buildIndex(clarify);
    if (byContent.size >= MAX_BY_CONTENT) byContent.delete(byContent.keys().next().value as string);
    byContent.set(key, index);
  }
  cache.set(clarify, index);
  return index;
}
