import type { Finding } from '../scoring/finding';
import { assertNever } from '../util/assert-never';
import type { CanvasElement } from './canvas-element';
import { toCanvasElement } from './canvas-element';
import type { Box } from './geometry';
import { boxHeight, boxWidth, unionBox } from './geometry';
import { parseScene } from './scene-schema';
import type { SceneSnapshot } from './scene-snapshot';

/*
 * Turns a stored scene into one ready for a static export on the report: deleted elements dropped,
 * the elements a problem finding points at recoloured, and a numbered marker beside each so the
 * legend can say which is which. Pure: the input scene is never changed.
 */

/** The problems the report draws on the diagram; good findings and hints stay in the findings list. */
export type ProblemSeverity = 'wrong' | 'missing';

export interface LegendEntry {
  code: string;
  severity: ProblemSeverity;
  message: string;
}

/** A problem that has elements on the canvas: numbered, with the marker of the same number on the diagram. */
export interface MarkedEntry extends LegendEntry {
  number: number;
  elementIds: string[];
}

export interface DiagramLegend {
  marked: MarkedEntry[];
  /** Problems with nothing to point at, such as a component that is not drawn at all. */
  unmarked: LegendEntry[];
}

/** The app-state fields a static export reads; a light background so the colours read the same in print. */
export interface ExportAppState {
  exportBackground: boolean;
  viewBackgroundColor: string;
  exportWithDarkMode: boolean;
  exportEmbedScene: boolean;
}

export interface ExportableScene {
  elements: Record<string, unknown>[];
  files: SceneSnapshot['files'];
  appState: ExportAppState;
}

export interface HighlightedScene extends ExportableScene {
  legend: DiagramLegend;
}

/** Red and amber dark enough for 4.5:1 on white; the marker numbers are white on them. */
export const HIGHLIGHT_COLOURS: Record<ProblemSeverity, string> = { wrong: '#c92a2a', missing: '#b35c00' };
/** Shape of the stroke as well as its colour, so the two kinds differ without colour vision. */
const STROKE_STYLE: Record<ProblemSeverity, string> = { wrong: 'solid', missing: 'dashed' };
const MIN_HIGHLIGHT_STROKE = 3;
const MIN_MARKER = 28;
/** Markers grow with big scenes so they stay legible once the export is scaled to the page. */
const MARKER_PER_EXTENT = 1 / 35;
const MARKER_FONT_FAMILY = 5;

const EXPORT_APP_STATE: ExportAppState = { exportBackground: true, viewBackgroundColor: '#ffffff', exportWithDarkMode: false, exportEmbedScene: false };

function isProblem(severity: Finding['severity']): severity is ProblemSeverity {
  switch (severity) {
    case 'wrong':
    case 'missing':
      return true;
    case 'good':
    case 'hint':
      return false;
    default:
      return assertNever(severity, 'severity');
  }
}

/**
 * The legend for the report: problems that have elements in the scene get numbers (wrong before
 * missing, otherwise in the engine's order); the rest are listed by message. `present` restricts refs
 * to elements that exist, so a ref to nothing does not earn a number.
 */
export function diagramLegend(findings: readonly Finding[], present?: ReadonlySet<string>): DiagramLegend {
  const problems = findings.filter((finding): finding is Finding & { severity: ProblemSeverity } => isProblem(finding.severity));
  const ordered = [...problems.filter((finding) => finding.severity === 'wrong'), ...problems.filter((finding) => finding.severity === 'missing')];
  const marked: MarkedEntry[] = [];
  const unmarked: LegendEntry[] = [];
  for (const finding of ordered) {
    const entry: LegendEntry = { code: finding.code, severity: finding.severity, message: finding.message };
    const elementIds = [...new Set(finding.refs ?? [])].filter((id) => present === undefined || present.has(id));
    if (elementIds.length > 0) marked.push({ ...entry, number: marked.length + 1, elementIds });
    else unmarked.push(entry);
  }
  return { marked, unmarked };
}

interface LiveElement {
  raw: Record<string, unknown>;
  canvas: CanvasElement | null;
}

function liveElements(scene: SceneSnapshot): LiveElement[] {
  const seen = new Set<string>();
  const out: LiveElement[] = [];
  parseScene(scene.elements).elements.forEach((element, index) => {
    // Deleted and repeated elements are not drawn, as the reader does not count them.
    if (element.isDeleted === true || seen.has(element.id)) return;
    seen.add(element.id);
    const canvas = toCanvasElement(element, index);
    out.push({ raw: element as Record<string, unknown>, canvas: typeof canvas === 'string' ? null : canvas });
  });
  return out;
}

/** Embedded images only as data URLs, and only those still used: an export must never fetch anything. */
function keptFiles(scene: SceneSnapshot, elements: readonly LiveElement[]): SceneSnapshot['files'] {
  const used = new Set(elements.flatMap(({ raw }) => (typeof raw.fileId === 'string' ? [raw.fileId] : [])));
  return Object.fromEntries(Object.entries(scene.files).filter(([id, file]) => used.has(id) && file.dataURL.startsWith('data:image/')));
}

/** A copy safe to export: links dropped because the picture on the report is not a way off the page. */
function exportCopy(raw: Record<string, unknown>): Record<string, unknown> {
  return { ...raw, link: null };
}

/** The scene as a static export wants it, with nothing highlighted (the case's model diagram). */
export function exportableScene(scene: SceneSnapshot): ExportableScene {
  const live = liveElements(scene);
  return { elements: live.map(({ raw }) => exportCopy(raw)), files: keptFiles(scene, live), appState: { ...EXPORT_APP_STATE } };
}

/** Text inside a box keeps its colour so the label stays readable; the box carries the highlight. */
function takesHighlight(element: LiveElement): boolean {
  const { raw } = element;
  return !(raw.type === 'text' && typeof raw.containerId === 'string' && raw.containerId !== '');
}

function sceneExtent(elements: readonly LiveElement[]): number {
  let box: Box | null = null;
  for (const { canvas } of elements) if (canvas) box = box ? unionBox(box, canvas.box) : canvas.box;
  return box ? Math.max(boxWidth(box), boxHeight(box)) : 0;
}

/** Where an entry's marker goes: the top-left corner of its first box in drawing order, else of anything it names. */
function anchorOf(entry: MarkedEntry, elements: readonly LiveElement[]): { x: number; y: number } | null {
  const ids = new Set(entry.elementIds);
  const mine = elements.filter(({ raw, canvas }) => canvas !== null && ids.has(raw.id as string));
  const shape = mine.find(({ canvas }) => canvas!.role !== 'text' && canvas!.role !== 'arrow' && canvas!.role !== 'line') ?? mine[0];
  return shape ? { x: shape.canvas!.box.minX, y: shape.canvas!.box.minY } : null;
}

function uniqueId(base: string, taken: Set<string>): string {
  let id = base;
  for (let i = 2; taken.has(id); i++) id = `${base}-${i}`;
  taken.add(id);
  return id;
}

/** A filled circle with the entry's number in white, centred on `center`. */
function markerElements(entry: MarkedEntry, center: { x: number; y: number }, size: number, taken: Set<string>): Record<string, unknown>[] {
  const colour = HIGHLIGHT_COLOURS[entry.severity];
  const label = String(entry.number);
  const fontSize = Math.round(size * 0.55);
  const lineHeight = 1.25;
  const textWidth = label.length * fontSize * 0.6;
  const textHeight = fontSize * lineHeight;
  const groupId = uniqueId(`sdt-marker-group-${entry.number}`, taken);
  const common = { angle: 0, opacity: 100, roughness: 0, strokeWidth: 1, strokeStyle: 'solid', groupIds: [groupId], frameId: null, isDeleted: false, link: null, locked: true, customData: { sdtMarker: entry.number } };
  return [
    {
      ...common,
      id: uniqueId(`sdt-marker-${entry.number}`, taken),
      type: 'ellipse',
      x: center.x - size / 2,
      y: center.y - size / 2,
      width: size,
      height: size,
      strokeColor: colour,
      backgroundColor: colour,
      fillStyle: 'solid',
      boundElements: null,
      roundness: null,
    },
    {
      ...common,
      id: uniqueId(`sdt-marker-${entry.number}-text`, taken),
      type: 'text',
      x: center.x - textWidth / 2,
      y: center.y - textHeight / 2,
      width: textWidth,
      height: textHeight,
      strokeColor: '#ffffff',
      backgroundColor: 'transparent',
      fillStyle: 'solid',
      text: label,
      originalText: label,
      fontSize,
      fontFamily: MARKER_FONT_FAMILY,
      textAlign: 'center',
      verticalAlign: 'middle',
      containerId: null,
      autoResize: true,
      lineHeight,
      boundElements: null,
      roundness: null,
    },
  ];
}

/**
 * The learner's scene with its problems drawn on it: elements of `wrong` findings in a solid red stroke,
 * elements of `missing` findings that name some in a dashed amber one (wrong wins when both apply), and a
 * numbered marker per problem. Refs to elements that are not in the scene (or are deleted) are ignored.
 */
export function highlightScene(scene: SceneSnapshot, findings: readonly Finding[], options: { markers?: boolean } = {}): HighlightedScene {
  const live = liveElements(scene);
  const present = new Set(live.map(({ raw }) => raw.id as string));
  const legend = diagramLegend(findings, present);

  const severityOf = new Map<string, ProblemSeverity>();
  for (const entry of legend.marked) {
    for (const id of entry.elementIds) if (severityOf.get(id) !== 'wrong') severityOf.set(id, entry.severity);
  }

  const elements = live.map((element) => {
    const copy = exportCopy(element.raw);
    const severity = severityOf.get(element.raw.id as string);
    if (severity === undefined || !takesHighlight(element)) return copy;
    const width = typeof copy.strokeWidth === 'number' ? copy.strokeWidth : 1;
    return { ...copy, strokeColor: HIGHLIGHT_COLOURS[severity], strokeWidth: Math.max(width, MIN_HIGHLIGHT_STROKE), strokeStyle: STROKE_STYLE[severity] };
  });

  if (options.markers !== false && legend.marked.length > 0) {
    const size = Math.max(MIN_MARKER, Math.round(sceneExtent(live) * MARKER_PER_EXTENT));
    const taken = new Set(present);
    const perAnchor = new Map<string, number>();
    for (const entry of legend.marked) {
      const anchor = anchorOf(entry, live);
      if (!anchor) continue;
      // Several problems on one box: their markers sit side by side along its top edge.
      const key = `${anchor.x},${anchor.y}`;
      const slot = perAnchor.get(key) ?? 0;
      perAnchor.set(key, slot + 1);
      elements.push(...markerElements(entry, { x: anchor.x + slot * size * 1.15, y: anchor.y }, size, taken));
    }
  }
  return { elements, files: keptFiles(scene, live), appState: { ...EXPORT_APP_STATE }, legend };
}
