import { CliInputError } from '../../lib/cli/cli-error';
import { parseSceneFile } from '../../lib/canvas/parse-scene-file';
import { readScene } from '../../lib/canvas/read-scene';
import { scoreDiagram } from '../../lib/diagram/score-diagram';
import { formatStepResult } from './format-result';
import type { GradeCommand } from './grade-command';
import { inputFile } from './grade-command';
import { readInputBytes, requireCase } from './read-input';

/** `grade diagram [--case <slug>] file.excalidraw|.json|.excalidraw.png|.excalidraw.svg [--json]`: the graph the reader sees, scored when a case is given. */
export const diagramCommand: GradeCommand = {
  summary: 'Read an Excalidraw scene (.excalidraw, .json, or .png / .svg with the scene embedded) into components and edges; with --case, score it against the case.',
  usage: 'diagram [--case <slug>] file.excalidraw|.json|.excalidraw.png|.excalidraw.svg [--json]',
  run: (args) => {
    const content = args.caseSlug ? requireCase(args.caseSlug) : undefined;
    const file = inputFile(args);
    const bytes = readInputBytes(file, 'scene');
    const parsed = parseSceneFile(bytes, bytes.byteLength);
    if (!parsed.ok) throw new CliInputError(`${file}: ${parsed.error}`);
    const graph = readScene(parsed.scene);
    const components = graph.components.map(({ id, label, kind, kinds }) => ({ id, label, kind, kinds: kinds ?? [kind] }));
    const edges = graph.edges.map(({ from, to, label, undirected }) => ({ from, to, label, ...(undirected ? { undirected } : {}) }));
    const labelOf = new Map(components.map((component) => [component.id, component.label || `(${component.kind})`]));
    const lines = [
      `${components.length} components, ${edges.length} edges`,
      ...components.map((component) => `  [${component.kinds.join('+')}] ${component.label || '(no label)'}`),
      ...edges.map((edge) => `  ${labelOf.get(edge.from)} ${edge.undirected ? '--' : '->'} ${labelOf.get(edge.to)}${edge.label ? ` (${edge.label})` : ''}`),
    ];
    if (!content) return { json: { graph: { components, edges } }, human: lines.join('\n') };
    const result = scoreDiagram(graph, content.rubric);
    return {
      json: { graph: { components, edges }, score: result.score, findings: result.findings },
      human: [formatStepResult(`Diagram, ${content.frontmatter.title}`, result), '', ...lines].join('\n'),
    };
  },
};
