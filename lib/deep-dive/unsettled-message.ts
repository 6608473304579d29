const MAX_QUOTE = 140;

const quote = (value: string) => `"${value.length > MAX_QUOTE ? `${value.slice(0, MAX_QUOTE)}...` : value}"`;

/**
 * The finding's words for a point the learner both affirmed and denied, taking neither back (lib/text/self-contradiction.ts):
 * `denied` is the denying clause already quoted by the caller, `affirmed` the affirming clause verbatim, `point` the key
 * point's text. Shared by the deep dive and the practice questions.
 */
export function unsettledMessage(denied: string, affirmed: string, point: string): string {
  return `You wrote ${denied} and also ${quote(affirmed)}, and took neither back: the answer does not commit, so the point does not count. Say which holds and why: ${point}`;
}
