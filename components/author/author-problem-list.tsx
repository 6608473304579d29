/** One list of content:check's findings on the author preview: its errors (to fix) or its warnings (the case still ships). */
export function AuthorProblemList({ id, heading, items, tone }: { id: string; heading: string; items: readonly string[]; tone: 'warn' | 'info' }) {
  return (
    <section className={`notice notice-${tone}`} aria-labelledby={id}>
      <h2 id={id}>{heading}</h2>
      <ul>
        {items.map((item) => (
          <li key={item}>
            <code>{item}</code>
          </li>
        ))}
      </ul>
    </section>
  );
}
