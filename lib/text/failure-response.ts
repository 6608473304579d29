import { cueLine } from './normalise';

/**
 * Who responds when the system itself breaks: "if the nightly load breaks, who gets woken up?", "who
 * responds when surge stops updating?", "who gets paged when scoring falls over?". Asked of a failure, the
 * person called out is the availability question (how critical the pipeline is, who runs it at night),
 * not who reads the output. Without a failure ("who gets woken up when a machine starts to shake?") the
 * person is the alert's reader, left to the topic cues. Only verbs of the system failing count ("breaks",
 * "falls over", "stops updating"); "a failed payment" or "a broken sensor" is the business's event.
 * General English only.
 */

/** A person called out: "who gets woken up", "who is paged", "which team gets paged", "who responds", "who fixes it". */
const RESPONDER = /\b(?:who(?:'s|se)?|which (?:team|teams|person|people|engineers?|group))\b[^?.;]{0,30}?\b(?:woken|wakes?|waking|paged|pages|called out|phoned|rung|responds?|fix(?:es)?|handles? it|deals? with it|on[- ]call)\b/i;
/** The system failing, as a verb. */
const FAILURE = /\b(?:breaks|break|broke|fails|fail|crash(?:es)?|crashed|dies|died|(?:is|goes|went|go|are) down|falls? over|fell over|stops? (?:updating|working|running|refreshing)|stopped (?:updating|working|running|refreshing)|goes dark|goes blank|errors out)\b/i;

/**
 * The words naming who responds to a failure of the system in `text` ("who gets woken up"), or null when
 * the line names no responder or no failure. Reads the first 500 characters. Pure; never throws.
 */
export function failureResponderCue(text: string): string | null {
  const line = cueLine(text);
  if (!FAILURE.test(line)) return null;
  const responder = RESPONDER.exec(line);
  return responder ? responder[0] : null;
}
