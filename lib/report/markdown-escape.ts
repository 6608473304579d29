/**
 * Makes text that came from the learner (finding messages quote their words) or from content safe
 * inside one Markdown line or table cell. Line breaks fold into spaces, so the text can never start
 * a heading, list, quote or table row of its own (the report always writes it after a prefix such as
 * `- ` or `| `); then every character with an inline meaning in CommonMark or GFM is backslash-escaped:
 * emphasis, code, links and images, raw HTML, entities, strikethrough, table pipes and closing `#`s.
 */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[\\`*_[\]<>#|~&]/g, (char) => `\\${char}`);
}
