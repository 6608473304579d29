import type { ComponentKind } from '@/lib/diagram/component-kinds';
import type { KindSource } from './classify-kind';
import type { Bounds } from './geometry';
import type { DiagramComponent, DiagramEdge } from './diagram-graph';

/**
 * The graph's components and edges as `readScene` makes them: by `new`, so V8 never pretenures them (see
 * ./young.ts). Same fields in the same order as the literals they replace; the optional ones are only
 * set when present, as before.
 */
export class ReadComponent implements DiagramComponent {
  declare paletteKind?: ComponentKind;
  declare setAside?: DiagramComponent['setAside'];
  constructor(
    public id: string,
    public label: string,
    public kind: ComponentKind,
    public kinds: ComponentKind[],
    public kindSource: KindSource,
    public elementIds: string[],
    public bounds: Bounds,
  ) {}
}

/** A graph edge made by `new` (see `ReadComponent`); `undirected` and `twoWay` are set only when true. */
export class ReadEdge implements DiagramEdge {
  declare undirected?: true;
  declare twoWay?: true;
  declare written?: true;
  constructor(
    public from: string,
    public to: string,
    public label: string,
    public elementIds: string[],
  ) {}
}
