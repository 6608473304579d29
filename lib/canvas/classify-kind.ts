import type { ComponentKind } from '@/lib/diagram/component-kinds';
import { COMPONENT_KINDS } from '@/lib/diagram/component-kinds';
import type { KindSynonyms } from './kind-synonyms';
import { KIND_SYNONYMS } from './kind-synonyms';

export function tokenize(text: string): string[] {
  return text
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .split(/[^a-z0-9]+/)
    .filter((t) => t !== '');
}

interface CompiledPhrase {
  kind: ComponentKind;
  tokens: string[];
  generic: boolean;
  order: number;
}

function compile(table: readonly KindSynonyms[]): CompiledPhrase[] {
  const out: CompiledPhrase[] = [];
  table.forEach((entry, order) => {
    for (const phrase of entry.phrases) {
      const tokens = tokenize(phrase);
      if (tokens.length > 0) out.push({ kind: entry.kind, tokens, generic: entry.generic === true, order });
    }
  });
  return out;
}

/** Phrases by first token, so a label is matched by looking up its own words, not by scanning the table. */
function indexPhrases(phrases: readonly CompiledPhrase[]): Map<string, CompiledPhrase[]> {
  const map = new Map<string, CompiledPhrase[]>();
  for (const p of phrases) {
    const first = p.tokens[0]!;
    const list = map.get(first);
    if (list) list.push(p);
    else map.set(first, [p]);
  }
  return map;
}

const DEFAULT_INDEX = indexPhrases(compile(KIND_SYNONYMS));

function tokenMatches(labelToken: string, phraseToken: string): boolean {
  return labelToken === phraseToken || labelToken === `${phraseToken}s` || labelToken === `${phraseToken}es`;
}

/** A label word and the phrase-table spellings it may stand for (plural "s"/"es" dropped). */
function stems(token: string): string[] {
  const out = [token];
  if (token.endsWith('s') && token.length > 1) out.push(token.slice(0, -1));
  if (token.endsWith('es') && token.length > 2) out.push(token.slice(0, -2));
  return out;
}

function matchesAt(label: readonly string[], phrase: readonly string[], start: number): boolean {
  for (let k = 0; k < phrase.length; k++) {
    const t = label[start + k];
    if (t === undefined || !tokenMatches(t, phrase[k]!)) return false;
  }
  return true;
}

function better(p: CompiledPhrase, best: CompiledPhrase | null): boolean {
  if (best === null) return true;
  if (p.generic !== best.generic) return !p.generic;
  if (p.tokens.length !== best.tokens.length) return p.tokens.length > best.tokens.length;
  return p.order < best.order;
}

/** Kind from label text alone; 'unknown' when no synonym matches. */
export function kindFromLabel(label: string, table: readonly KindSynonyms[] = KIND_SYNONYMS): ComponentKind {
  const tokens = tokenize(label);
  if (tokens.length === 0) return 'unknown';
  const index = table === KIND_SYNONYMS ? DEFAULT_INDEX : indexPhrases(compile(table));
  let best: CompiledPhrase | null = null;
  for (let i = 0; i < tokens.length; i++) {
    for (const stem of stems(tokens[i]!)) {
      for (const p of index.get(stem) ?? []) {
        if (better(p, best) && matchesAt(tokens, p.tokens, i)) best = p;
      }
    }
  }
  return best?.kind ?? 'unknown';
}

const KNOWN_KINDS: ReadonlySet<string> = new Set(COMPONENT_KINDS);

/** An author's explicit `customData.kind` wins when it names a real kind; otherwise the label decides. */
export function classifyKind(label: string, customData: readonly (Record<string, unknown> | null | undefined)[] = []): ComponentKind {
  for (const data of customData) {
    const kind = data?.kind;
    if (typeof kind === 'string' && KNOWN_KINDS.has(kind)) return kind as ComponentKind;
  }
  return kindFromLabel(label);
}
