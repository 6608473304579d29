import type { TextToken } from './tokens';

/**
 * The tokens of a heading without its parenthesised gloss: "OLTP (the shop's Postgres)" -> "OLTP", "Silver (Delta)" ->
 * "Silver". A heading that names its subject and then says which one it means is still that subject's heading: "OLTP
 * (the shop's Postgres): many small, concurrent transactions by key" describes OLTP, it does not list terms. An unclosed
 * parenthesis keeps the rest as it is. Pure.
 */
export function withoutGloss(tokens: readonly TextToken[]): TextToken[] {
  const kept: TextToken[] = [];
  let depth = 0;
  let open: TextToken[] = [];
  for (const token of tokens) {
    if (token.kind === 'mark' && token.norm === '(') {
      depth += 1;
      open.push(token);
      continue;
    }
    if (depth > 0) {
      open.push(token);
      if (token.kind === 'mark' && token.norm === ')') {
        depth -= 1;
        if (depth === 0) open = [];
      }
      continue;
    }
    kept.push(token);
  }
  return [...kept, ...open];
}
