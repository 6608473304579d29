import type { TextToken } from './tokens';

// Pictographs (emoji, check marks, stars, pointing hands) and the plain ticks and stars that stand in for them.
const PICTOGRAPH = /^(?:\p{Extended_Pictographic}|[\u2713\u2717\u2605\u2606\u2714\u2716\u{1F3FB}-\u{1F3FF}\uFE0F\u200D])+$/u;

/**
 * Whether a token is decoration: a mark made only of pictographs ("✅", "🔁", "🚫", "⭐", "✓"), with their variation
 * selectors and joiners. Learners (and gamed answers) set terms apart with them the way a list sets items apart with
 * commas or bullets: "📅 data_interval_start ✅ data_interval_end ✅" lists two terms, it does not explain them. Words
 * and ordinary punctuation are never decoration. Pure.
 */
export function isDecoration(token: TextToken | undefined): boolean {
  return token !== undefined && token.kind === 'mark' && PICTOGRAPH.test(token.norm);
}
