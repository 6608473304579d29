import { CLARIFY_TOPICS } from '../content/clarify-topics';
import type { ClarifyTopic } from '../content/clarify-topics';
import { analyse, NUMBER_TOKEN } from '../text/analyse';

/** The examples holding one feature, as parallel arrays: `documents[i]` holds it with weight `weights[i]`. */
export type Posting = { documents: Int32Array; weights: Float64Array };

/** A question an interviewer would answer with `topic`: the unit of the example bank. */
export type TopicExample = { question: string; topic: ClarifyTopic };

/**
 * Example questions per topic, searched by similarity: a new question is read like the examples it is
 * nearest to, which generalises to phrasings no rule was written for ("before Visa gives up on us" is
 * near "how long before the network times out"). Features are the question's stems (lib/text/analyse:
 * synonyms folded, stems canonical, typos corrected by the caller) and each pair of neighbouring stems,
 * weighed by how rare they are in the bank (idf); similarity is the cosine of those weights.
 */
export type ExampleBank = {
  /** Feature -> the examples holding it (in example order), with the feature's weight in each example's unit vector. */
  postings: ReadonlyMap<string, Posting>;
  /** Feature -> inverse document frequency over the bank's examples. */
  idf: ReadonlyMap<string, number>;
  /** The topic slot (index in CLARIFY_TOPICS) of each example. */
  slots: readonly number[];
};

/** Neighbours that vote: a few, so one odd example never decides alone. */
const NEIGHBOURS = 7;
/** Below this cosine an example is not near enough to say anything. */
const MIN_SIMILARITY = 0.12;

const SLOT: Readonly<Record<ClarifyTopic, number>> = Object.fromEntries(CLARIFY_TOPICS.map((topic, at) => [topic, at])) as Record<ClarifyTopic, number>;

/** The features of an analysed question: its stems (numbers dropped) and each pair of neighbouring stems. */
export function exampleFeatures(stems: readonly string[]): Set<string> {
  const kept = stems.filter((stem) => stem.length > 0 && stem !== NUMBER_TOKEN);
  const features = new Set<string>(kept);
  for (let at = 1; at < kept.length; at += 1) features.add(`${kept[at - 1] ?? ''} ${kept[at] ?? ''}`);
  return features;
}

/** Corrected examples read, shared by every case's bank: most examples read the same after any case's typo corrector. */
const featureCache = new Map<string, ReadonlySet<string>>();
/** Bound on featureCache (the general examples of every topic, a few cases' own, with room to spare). */
const MAX_FEATURE_CACHE = 20_000;

/** The features of one corrected example, read once per process. */
function featuresOf(corrected: string): ReadonlySet<string> {
  const cached = featureCache.get(corrected);
  if (cached) return cached;
  const features = exampleFeatures(analyse(corrected).stems);
  if (featureCache.size >= MAX_FEATURE_CACHE) featureCache.clear();
  featureCache.set(corrected, features);
  return features;
}

/**
 * The bank for a list of examples; `correct` is the typo corrector applied before analysis (the same one
 * the questions go through). Examples listed twice count once. Deterministic.
 */
export function buildExampleBank(examples: readonly TopicExample[], correct: (text: string) => string): ExampleBank {
  const seen = new Set<string>();
  const documents: { features: ReadonlySet<string>; slot: number }[] = [];
  for (const example of examples) {
    const key = `${example.topic}\u0000${example.question.trim().toLowerCase()}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const features = featuresOf(correct(example.question));
    if (features.size > 0) documents.push({ features, slot: SLOT[example.topic] });
  }
  const df = new Map<string, number>();
  for (const { features } of documents) for (const feature of features) df.set(feature, (df.get(feature) ?? 0) + 1);
  const idf = new Map<string, number>();
  for (const [feature, count] of df) idf.set(feature, Math.log(1 + documents.length / count));
  const postings = new Map<string, Array<readonly [number, number]>>();
  documents.forEach(({ features }, at) => {
    let norm = 0;
    for (const feature of features) norm += (idf.get(feature) ?? 0) ** 2;
    norm = Math.sqrt(norm) || 1;
    for (const feature of features) {
      const list = postings.get(feature) ?? [];
      list.push([at, (idf.get(feature) ?? 0) / norm]);
      postings.set(feature, list);
    }
  });
  const packed = new Map<string, Posting>();
  for (const [feature, list] of postings) {
    packed.set(feature, { documents: Int32Array.from(list, ([document]) => document), weights: Float64Array.from(list, ([, weight]) => weight) });
  }
  return { postings: packed, idf, slots: documents.map((document) => document.slot) };
}

const scratch = new WeakMap<ExampleBank, Float64Array>();

/** A zeroed array of one slot per example of `bank`, reused across calls (exampleVotes leaves it zeroed). */
function scratchOf(bank: ExampleBank): Float64Array {
  let array = scratch.get(bank);
  if (!array) {
    array = new Float64Array(bank.slots.length);
    scratch.set(bank, array);
  }
  return array;
}

/**
 * How near a question's stems come to each topic's examples: the cosine similarities of its nearest
 * examples summed per topic slot (indexed like CLARIFY_TOPICS), each 0..1, so a topic whose examples
 * crowd round the question scores up to NEIGHBOURS. Features the bank never saw are part of the
 * question's length (an unknown question is near nothing). `skip` leaves examples out (measurement).
 */
export function exampleVotes(stems: readonly string[], bank: ExampleBank, skip?: (exampleIndex: number) => boolean): Float64Array {
  const votes = new Float64Array(CLARIFY_TOPICS.length);
  const features = exampleFeatures(stems);
  if (features.size === 0 || bank.slots.length === 0) return votes;
  const rarest = Math.log(1 + bank.slots.length);
  let norm = 0;
  for (const feature of features) norm += (bank.idf.get(feature) ?? rarest) ** 2;
  norm = Math.sqrt(norm) || 1;
  // Dot products accumulated in a scratch array per bank (touched documents listed, then reset), in the order
  // features and postings come, so every sum is the same as a map's; the nearest are kept in a short sorted list.
  const dot = scratchOf(bank);
  const touched: number[] = [];
  for (const feature of features) {
    const posting = bank.postings.get(feature);
    if (!posting) continue;
    const weight = (bank.idf.get(feature) ?? 0) / norm;
    const { documents, weights } = posting;
    for (let at = 0; at < documents.length; at += 1) {
      const document = documents[at] ?? 0;
      const value = weights[at] ?? 0;
      const current = dot[document] ?? 0;
      // A document listed twice (a zero sum before) reads 0 the second time, below MIN_SIMILARITY.
      if (current === 0) touched.push(document);
      dot[document] = current + weight * value;
    }
  }
  const similarities = touched.map((document) => {
    const similarity = dot[document] ?? 0;
    dot[document] = 0;
    return similarity;
  });
  const nearest: (readonly [number, number])[] = [];
  touched.forEach((document, at) => {
    const similarity = similarities[at] ?? 0;
    if (similarity < MIN_SIMILARITY || (skip?.(document) ?? false)) return;
    // Insert by similarity (highest first), then by example order; only the NEIGHBOURS nearest are kept.
    let place = nearest.length;
    while (place > 0) {
      const [otherDocument, otherSimilarity] = nearest[place - 1] as readonly [number, number];
      if (otherSimilarity > similarity || (otherSimilarity === similarity && otherDocument < document)) break;
      place -= 1;
    }
    if (place >= NEIGHBOURS) return;
    nearest.splice(place, 0, [document, similarity]);
    if (nearest.length > NEIGHBOURS) nearest.pop();
  });
  for (const [document, similarity] of nearest) {
    const slot = bank.slots[document];
    if (slot !== undefined) votes[slot] = (votes[slot] ?? 0) + similarity;
  }
  return votes;
}
