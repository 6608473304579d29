import type { ClarifyTopic } from '../content/clarify-topics';
import { isTerseFollowUp } from '../text/follow-up';
import type { QuestionMatch } from './match-question';

/**
 * Topics one question's ask carries over to: "how many a day?" then "and peak?" or "growth?" still asks how
 * many; "how fresh must it be?" then "and uptime?" still asks what the service must deliver. Source: the seed
 * method's pairing of scale with its peaks and growth, and of the SLA with availability.
 */
const FAMILIES: readonly (readonly ClarifyTopic[])[] = [
  ['scale_now', 'scale_growth'],
  ['latency_sla', 'availability'],
];

const familyOf = (topic: ClarifyTopic): readonly ClarifyTopic[] => FAMILIES.find((family) => family.includes(topic)) ?? [topic];

function topicsOf(match: QuestionMatch): ClarifyTopic[] {
  if (match.kind !== 'answer' || match.topic === null) return [];
  return [match.topic, ...[match.second, ...(match.more ?? [])].flatMap((part) => (part ? [part.topic] : []))];
}

/**
 * The lines of a transcript that ride on the question before them: a terse follow-up ("and peak?",
 * "growth?"; lib/text/follow-up) right after a whole question, or after a follow-up that rode on one,
 * asking that question's topic or one its ask carries over to (the scale pair, the service pair). Such a
 * line is a fair question in a conversation, not a bare word: it earns its topic in full and is no part of a
 * keyword list. A bare word after a bare word ("Volume?", "Peaks?") rides on nothing. Returns the lines'
 * indexes. Pure.
 */
export function ridingFollowUps(matches: readonly QuestionMatch[]): Set<number> {
  const riding = new Set<number>();
  matches.forEach((match, at) => {
    const previous = at > 0 ? matches[at - 1] : undefined;
    if (!previous || match.kind !== 'answer' || match.topic === null || match.listed || match.assumed !== undefined || match.contradicts) return;
    if (match.form !== 'fragment' && match.form !== 'question') return;
    if (!isTerseFollowUp(match.question)) return;
    const carried = previous.form === 'question' || riding.has(at - 1);
    if (!carried || previous.listed) return;
    const asked = topicsOf(previous).flatMap(familyOf);
    if (asked.includes(match.topic)) riding.add(at);
  });
  return riding;
}
