import { MdxContent } from '@/components/mdx/mdx-content';
import { SafeMdxContent } from '@/components/mdx/safe-mdx-content';
import type { MdxTree } from '@/lib/content/pack-mdx-tree';
import type { SceneSnapshot } from '@/lib/canvas/scene-snapshot';
import type { Rubric } from '@/lib/content/rubric-schema';
import { TableScroll } from '@/components/shared/table-scroll';
import { ReferenceDiagram } from './reference-diagram';

type ReferenceAnswerProps = {
  /** A shipped case's write-up, compiled MDX code (server only). */
  writeUpCode?: string;
  /** An imported case's write-up, compiled at pack time to an inert tree. */
  writeUpTree?: MdxTree;
  dataModel?: Rubric['dataModel'];
  scene?: SceneSnapshot;
};

/** The case's model answer, revealed on demand under the learner's report. */
export function ReferenceAnswer({ writeUpCode, writeUpTree, dataModel, scene }: ReferenceAnswerProps) {
  if (!writeUpCode && !writeUpTree && !dataModel && !scene) return null;
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
      {writeUpTree ? <SafeMdxContent tree={writeUpTree} /> : null}
      {dataModel ? (
        <>
          <h3>Data model</h3>
          <TableScroll label="Fact tables">
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
          </TableScroll>
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
