import { cueLine } from './normalise';

/**
 * A question about the history that already exists elsewhere and whether to bring it in: backfilling from old
 * exports or snapshots, migrating a legacy warehouse's years of data, or starting fresh ("from zero", "from scratch").
 * It asks what systems and data exist today (their history is part of the current setup), not how long the new
 * system keeps data: "do we migrate that or start fresh?" is answered by what the old system holds. Sources: the
 * usual wording of migration planning (backfill, cut-over, start from a clean slate).
 */
const HISTORY_SOURCE = new RegExp(
  [
    String.raw`\bback-?fill(?:s|ed|ing)?\b`,
    String.raw`\bmigrat(?:e|es|ed|ing|ion) (?:that|it|this|those|them|the (?:old|existing|legacy|historic\w*)|(?:the |its |their )?(?:history|historic\w* data|old data|legacy data))\b`,
    String.raw`\bstart(?:s|ed|ing)? (?:fresh|over|clean|empty|from (?:zero|scratch|nothing|empty|a clean slate|day one))\b`,
    String.raw`\bclean slate\b`,
    String.raw`\b(?:bring|load|import|carry|seed) (?:over |in |across )?(?:the |all the |that |its |their )?(?:history|historic\w* (?:data|records|\w+))\b`,
    String.raw`\b(?:history|historic\w* (?:data|records|\w+ data)) (?:we|i) (?:can|could) (?:load|import|bring|seed|use|start from)\b`,
    // "load the old balance history into the new ledger", "copy over the past order history".
    String.raw`\b(?:bring|load|import|carry|seed|move|copy) (?:over |in |across )?(?:the |all the |that |its |their |our )?(?:old|existing|past|previous|prior|legacy) (?:\w+ )?(?:history|records|data)\b`,
    // A cut-over that starts the new system empty: "start on day one with opening balances".
    String.raw`\bstart(?:s|ed|ing)? (?:on|at) day (?:one|1|zero|0)\b`,
    String.raw`\bopening balances?\b`,
    // Existing records to load when the new system opens: "a history of past orders we must load on day one".
    String.raw`\b(?:load|loaded|import|imported|bring|brought|migrate|migrated|copy|copied)\s+(?:\w+\s+){0,3}?(?:on|at|by|from|before) (?:day (?:one|1)|go[- ]live|launch|cut[- ]?over)\b`,
    // What the old system holds, loaded into the new one: "load the last seven years of transactions from the old
    // system", "historical HL7 messages from before go-live".
    String.raw`\b(?:load|loaded|import|imported|bring|brought|migrate|migrated|copy|copied|move|moved|pull|pulled|port|ported)\b[^?.;]{0,60}?\bfrom (?:the |our |their |its )?(?:old|existing|legacy|current|previous|prior|source) (?:system|systems|database|databases|db|platform|warehouse|store|stores|historians?|tables?)\b`,
    String.raw`\bfrom before (?:the )?(?:go[- ]live|launch|cut[- ]?over|day (?:one|1)|migration)\b`,
  ].join('|'),
  'i',
);

/** The words asking about existing history to bring in (see the module comment), or null. Pure; never throws. */
export function historySourceCue(text: string): string | null {
  if (typeof text !== 'string') return null;
  const match = HISTORY_SOURCE.exec(cueLine(text));
  return match ? match[0] : null;
}
