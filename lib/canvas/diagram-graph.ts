import type { ComponentKind } from '@/lib/diagram/component-kinds';
import type { KindSource } from './classify-kind';
import type { SetAside } from './label-status';
import type { Bounds } from './geometry';

/** One box/icon/image the learner drew. `id` is its main Excalidraw element id, stable across reads. */
export interface DiagramComponent {
  id: string;
  /** Whitespace-normalised text; '' for an unlabeled icon or image. */
  label: string;
  /** The main kind (`kinds[0]`). */
  kind: ComponentKind;
  /**
   * Every kind the box is, best first ("Kafka + Debezium" is both Kafka and CDC). The one source of
   * truth for what a box is: requirements, flows and antipatterns all read it. Absent = `[kind]`.
   */
  kinds?: ComponentKind[];
  /** Where the kind came from; absent = the label. */
  kindSource?: KindSource;
  /** The palette item's kind when the label named something else or nothing. */
  paletteKind?: ComponentKind;
  /** The label takes the box out of the design ("Kafka (not needed)", "~~Spark~~", "TBD"): kind `unknown`, and why. */
  setAside?: SetAside;
  /** Every scene element folded into this component (shape, its texts, icon parts), sorted. */
  elementIds: string[];
  bounds: Bounds;
}

/**
 * A directed connection between two component ids. A line or arrow without heads, or an arrow with
 * heads at both ends, gives ONE edge in drawing order (start -> end) marked `undirected: true`, so a
 * scorer can accept either direction without the graph inventing a second connection: a two-way
 * arrow shows that two boxes are linked, not which way the data goes.
 */
export interface DiagramEdge {
  from: string;
  to: string;
  label: string;
  /** The arrow/line element ids (several when parallel arrows join the same pair). */
  elementIds: string[];
  undirected?: true;
  /** Drawn as an arrow with heads at both ends (undirected too): findings name it as such. */
  twoWay?: true;
  /** Written in text with an arrow mark ("Kafka -> Flink"), not drawn: the reader assembled it (see text-chains.ts). */
  written?: true;
}

/** A frame or a container box drawn around several components; labelled by its title ('' if none). */
export interface DiagramGroup {
  id: string;
  label: string;
  /** Every component inside, including those in nested groups. */
  componentIds: string[];
  /** What the title names ('unknown' if nothing); members the reader could not place take these kinds. */
  kinds?: ComponentKind[];
}

export interface DiagramGraph {
  components: DiagramComponent[];
  edges: DiagramEdge[];
  groups: DiagramGroup[];
  /** What the reader skipped or could not place, for debugging and honest feedback. */
  notes?: string[];
}
