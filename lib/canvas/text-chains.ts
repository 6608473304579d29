import { arrowLinks, chainNameKey } from '@/lib/text/arrow-chain';
import { classifyComponent } from './classify-kind';
import type { Box } from './geometry';
import type { TextPiece } from './text-piece';

/** A part named in a written chain: one per name (the same name on several lines is one part). */
export interface ChainPart {
  /** `<first text id>~<n>`: stable across reads of the same scene. */
  id: string;
  /** The name as first written, brackets kept ("Kafka (key = driver_id)"). */
  label: string;
  /** The stretch of its first line where the name is written. */
  box: Box;
  /** The text elements that write it. */
  elementIds: Set<string>;
}

/** A link of a written chain between two parts, with the text element that writes it. */
export interface ChainLink {
  from: string;
  to: string;
  elementId: string;
}

/** The fewest names of a line's chain that must name a system for the line to be read as a diagram. */
const MIN_NAMED_PER_LINE = 2;
/** A name longer than this (brackets aside) is a sentence, not a part. */
const MAX_NAME_CHARS = 60;

const named = (name: string): boolean => {
  const reading = classifyComponent(name);
  return reading.kinds[0] !== 'unknown' && reading.setAside === undefined;
};

/** The stretch of `box` where `name` sits in a one-line `text` (the whole box when it is not found). */
function stretchOf(box: Box, text: string, name: string): Box {
  const at = text.indexOf(name);
  if (at < 0 || text.includes('\n') || text.length === 0) return box;
  const width = box.maxX - box.minX;
  return { ...box, minX: box.minX + (width * at) / text.length, maxX: box.minX + (width * (at + name.length)) / text.length };
}

/**
 * The parts and links of a diagram written as text lines with arrows ("driver app -> API gateway ->
 * Kafka", "Kafka -> Flink -> Redis"): each name a part (a name written on several lines, brackets aside,
 * is one part), each arrow a directed link. A line counts only when its chain names at least
 * MIN_NAMED_PER_LINE systems the vocabulary knows, so keyword chains ("exactly-once -> idempotent ->
 * watermark") stay prose. Pure; texts in any order give parts in reading order of `texts`.
 */
export function textChains(texts: readonly TextPiece[]): { parts: ChainPart[]; links: ChainLink[] } {
  const parts = new Map<string, ChainPart>();
  const links: ChainLink[] = [];
  const seen = new Set<string>();
  for (const text of texts) {
    const written = arrowLinks(text.text);
    if (written.length === 0) continue;
    const names = [...new Set(written.flatMap((link) => [link.from, link.to]))];
    if (names.some((name) => chainNameKey(name).length > MAX_NAME_CHARS || chainNameKey(name) === '')) continue;
    if (names.filter(named).length < MIN_NAMED_PER_LINE) continue;
    const partOf = (name: string): ChainPart => {
      const key = chainNameKey(name);
      let part = parts.get(key);
      if (!part) {
        part = { id: `${text.id}~${parts.size}`, label: name, box: stretchOf(text.box, text.text, name), elementIds: new Set() };
        parts.set(key, part);
      }
      for (const id of text.elementIds) part.elementIds.add(id);
      return part;
    };
    for (const link of written) {
      const from = partOf(link.from);
      const to = partOf(link.to);
      const pair = `${from.id}\u0000${to.id}`;
      if (from === to || seen.has(pair)) continue;
      seen.add(pair);
      links.push({ from: from.id, to: to.id, elementId: text.id });
    }
  }
  return mergeShortNames([...parts.values()], links);
}

/**
 * "S3" and "S3 Iceberg" written on different lines are one part when the short name opens the long one
 * and says nothing the long one does not (its kinds are among the long one's): the long one keeps the part.
 */
function mergeShortNames(parts: ChainPart[], links: ChainLink[]): { parts: ChainPart[]; links: ChainLink[] } {
  const into = new Map<string, ChainPart>();
  for (const short of parts) {
    const key = chainNameKey(short.label);
    const kinds = classifyComponent(short.label).kinds;
    if (kinds[0] === 'unknown') continue;
    const longer = parts.filter((long) => long !== short && chainNameKey(long.label).startsWith(`${key} `));
    if (longer.length !== 1) continue;
    const long = longer[0]!;
    const longKinds = classifyComponent(long.label).kinds;
    if (!kinds.every((kind) => longKinds.includes(kind))) continue;
    into.set(short.id, long);
    for (const id of short.elementIds) long.elementIds.add(id);
  }
  if (into.size === 0) return { parts, links };
  const idOf = (id: string) => into.get(id)?.id ?? id;
  const seen = new Set<string>();
  const merged: ChainLink[] = [];
  for (const link of links) {
    const from = idOf(link.from);
    const to = idOf(link.to);
    const pair = `${from}\u0000${to}`;
    if (from === to || seen.has(pair)) continue;
    seen.add(pair);
    merged.push({ from, to, elementId: link.elementId });
  }
  return { parts: parts.filter((part) => !into.has(part.id)), links: merged };
}
