import type { Rubric } from '@/lib/content/rubric-schema';
import { CLARIFY_TOPIC_LABELS } from '@/lib/content/clarify-topics';

/** The case's hidden facts for the interviewer: what to answer, by topic, with the numbers each reveals. */
export function FactSheet({ rubric }: { rubric: Rubric }) {
  return (
    <table className="report-table fact-sheet">
      <caption className="visually-hidden">Fact sheet: the case&apos;s facts by topic</caption>
      <thead>
        <tr>
          <th scope="col">Topic</th>
          <th scope="col">What you may say</th>
        </tr>
      </thead>
      <tbody>
        {rubric.steps.clarify.facts.map((fact) => (
          <tr key={fact.id}>
            <th scope="row">{CLARIFY_TOPIC_LABELS[fact.topic]}</th>
            <td>
              {fact.answer}
              {Object.keys(fact.values).length > 0 ? (
                <span className="field-hint">
                  {' '}
                  ({Object.entries(fact.values)
                    .map(([name, value]) => `${name} = ${value}`)
                    .join('; ')}
                  )
                </span>
              ) : null}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
