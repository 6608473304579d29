import { MdxContent } from '@/components/mdx/mdx-content';
import type { SceneSnapshot } from '@/lib/canvas/scene-snapshot';
import type { Rubric } from '@/lib/content/rubric-schema';
import { ReferenceDiagram } from './reference-diagram';

/** The case's model answer, revealed on demand under the learner's report. */
export function ReferenceAnswer({ writeUpCode, dataModel, scene }: { writeUpCode?: string; dataModel?: Rubric['dataModel']; scene?: SceneSnapshot }) {
  if (!writeUpCode && !dataModel && !scene) return null;
  return (
    <details className="panel reference-answer">
      <summary>
        <h2>Reference answer</h2>
      </summary>
      {scene ? (
        <>
          <h3>Model diagram</h3>
          <ReferenceDiagram scene={scene} />
        </>
      ) : null}
      {writeUpCode ? <MdxContent code={writeUpCode} /> : null}
      {dataModel ? (
        <>
          <h3>Data model</h3>
          <table className="report-table">
            <caption className="visually-hidden">Fact tables</caption>
            <thead>
              <tr>
                <th scope="col">Fact table</th>
                <th scope="col">Grain</th>
                <th scope="col">Measures</th>
                <th scope="col">Dimensions</th>
              </tr>
            </thead>
            <tbody>
              {dataModel.facts.map((fact) => (
                <tr key={fact.name}>
                  <th scope="row">
                    <code>{fact.name}</code>
                  </th>
                  <td>{fact.grain}</td>
                  <td>{fact.measures.join(', ') || '(factless)'}</td>
                  <td>{fact.dimensions.join(', ')}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <ul>
            {dataModel.dimensions.map((dimension) => (
              <li key={dimension.name}>
                <code>{dimension.name}</code>: {dimension.attributes.join(', ')}
                {dimension.scd ? ` (SCD ${dimension.scd === 'type2' ? 'type 2, keeps history' : 'type 1, overwrites'})` : ''}
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </details>
  );
}
