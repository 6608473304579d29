/**
 * Function words that say nothing about a topic on their own. Phrase cues may still contain
 * them ("how long", "who uses"): stop words are only skipped when a single word is weighed.
 */
export const STOPWORDS: ReadonlySet<string> = new Set(
  (
    'a about above after again against all am an and any are as at be been before being below between both but by can ' +
    'could did do does doing down during each few for from further had has have having he her here hers him his how i if ' +
    'in into is it its itself just me might more most must my myself no nor not now of off on once only or other our ours ' +
    'out over own same shall she should so some such than that the their theirs them then there these they this those ' +
    'through to too under until up very was we were what when where which while who whom whose why will with would you ' +
    'your yours also may us let lets please thanks thank ok okay hi hello hey much many like want wanted need needs ' +
    'get got go going know think tell say said make made one ever well really actually basically kind sort thing things ' +
    'yes yeah sure gonna wanna would something anything everything there s t'
  ).split(' '),
);

export function isStopword(word: string): boolean {
  return STOPWORDS.has(word);
}
