import { CLARIFY_TOPICS } from '../content/clarify-topics';
import type { ClarifyTopic } from '../content/clarify-topics';
import { analyse, NUMBER_TOKEN } from '../text/analyse';

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
  /** Feature -> the examples holding it, with the feature's weight in that example's unit vector. */
  postings: ReadonlyMap<string, ReadonlyArray<readonly [number, number]>>;
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

/**
 * The bank for a list of examples; `correct` is the typo corrector applied before analysis (the same one
 * the questions go through). Examples listed twice count once. Deterministic.
 */
export function buildExampleBank(examples: readonly TopicExample[], correct: (text: string) => string): ExampleBank {
  const seen = new Set<string>();
  const documents: { features: Set<string>; slot: number }[] = [];
  for (const example of examples) {
    const key = `${example.topic}\u0000${example.question.trim().toLowerCase()}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const features = exampleFeatures(analyse(correct(example.question)).stems);
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
  return { postings, idf, slots: documents.map((document) => document.slot) };
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
  const dot = new Map<number, number>();
  for (const feature of features) {
    const list = bank.postings.get(feature);
    if (!list) continue;
    const weight = (bank.idf.get(feature) ?? 0) / norm;
    for (const [document, value] of list) dot.set(document, (dot.get(document) ?? 0) + weight * value);
  }
  const nearest = [...dot]
    .filter(([document, similarity]) => similarity >= MIN_SIMILARITY && !(skip?.(document) ?? false))
    .sort((a, b) => b[1] - a[1] || a[0] - b[0])
    .slice(0, NEIGHBOURS);
  for (const [document, similarity] of nearest) {
    const slot = bank.slots[document];
    if (slot !== undefined) votes[slot] = (votes[slot] ?? 0) + similarity;
  }
  return votes;
}
