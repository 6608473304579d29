import type { Box } from './geometry';
import { boxHeight, boxWidth } from './geometry';
import type { WorkBudget } from './work-budget';
import { spend } from './work-budget';
import { listOf } from './young';

/** Items spanning more cells than this live in a side list instead of flooding the grid. */
const MAX_CELLS_PER_ITEM = 256;
/**
 * Cell coordinates are clamped to +-MAX_CELL_COORD so a cell key, (2M+1)^2 - 1 at most, stays a small
 * integer (a Smi: no heap number per key). Past the clamp (half a million px at the smallest cell
 * size) the edge cells hold more, and queries still check every box.
 */
const MAX_CELL_COORD = (1 << 14) - 1;

/**
 * Uniform grid over boxes. Turns "which shapes are near this point" from a scan of the whole scene
 * into a look at a few cells; the cell size follows the typical shape size of the scene.
 */
export class SpatialIndex {
  private readonly cells = new Map<number, number[]>();
  private readonly large: number[] = [];
  private readonly boxes: Box[] = [];
  private stamp: Uint32Array;
  private query_ = 0;

  constructor(
    private readonly cellSize: number,
    private readonly budget: WorkBudget,
    capacity = 0,
  ) {
    this.stamp = new Uint32Array(Math.max(capacity, 16));
  }

  /** Picks a cell size near the median box size so most boxes touch 1-4 cells. */
  static forBoxes(boxes: readonly Box[], budget: WorkBudget): SpatialIndex {
    const sizes = new Float64Array(boxes.length);
    for (let i = 0; i < boxes.length; i++) sizes[i] = Math.max(boxWidth(boxes[i]!), boxHeight(boxes[i]!));
    sizes.sort();
    const median = sizes.length > 0 ? sizes[Math.floor(sizes.length / 2)]! : 100;
    const index = new SpatialIndex(Math.min(Math.max(median, 32), 1e6), budget, boxes.length);
    for (let i = 0; i < boxes.length; i++) index.insert(boxes[i]!, i);
    return index;
  }

  private cellCoord(v: number): number {
    const c = Math.floor(v / this.cellSize);
    return Math.max(-MAX_CELL_COORD, Math.min(MAX_CELL_COORD, c));
  }

  private key(cx: number, cy: number): number {
    return (cx + MAX_CELL_COORD) * (2 * MAX_CELL_COORD + 1) + (cy + MAX_CELL_COORD);
  }

  /** Items must be inserted with ids 0..n-1 in order. */
  insert(box: Box, id: number): void {
    this.boxes[id] = box;
    if (id >= this.stamp.length) {
      const grown = new Uint32Array(Math.max(id + 1, this.stamp.length * 2));
      grown.set(this.stamp);
      this.stamp = grown;
    }
    const x0 = this.cellCoord(box.minX);
    const x1 = this.cellCoord(box.maxX);
    const y0 = this.cellCoord(box.minY);
    const y1 = this.cellCoord(box.maxY);
    if ((x1 - x0 + 1) * (y1 - y0 + 1) > MAX_CELLS_PER_ITEM) {
      this.large.push(id);
      return;
    }
    for (let cx = x0; cx <= x1; cx++) {
      for (let cy = y0; cy <= y1; cy++) {
        const k = this.key(cx, cy);
        const list = this.cells.get(k);
        if (list) list.push(id);
        else this.cells.set(k, listOf(id));
      }
    }
  }

  /** Ids of items whose box overlaps `area`, each once, in no particular order (callers break ties). Empty once the budget is spent. */
  query(area: Box): number[] {
    const out: number[] = [];
    if (this.budget.exhausted) return out;
    const q = ++this.query_;
    const x0 = this.cellCoord(area.minX);
    const x1 = this.cellCoord(area.maxX);
    const y0 = this.cellCoord(area.minY);
    const y1 = this.cellCoord(area.maxY);
    const cellCount = (x1 - x0 + 1) * (y1 - y0 + 1);
    if (cellCount > this.cells.size) {
      // A query wider than the populated grid: walking the cells we have is cheaper.
      for (const list of this.cells.values()) {
        if (!spend(this.budget, list.length)) return out;
        this.visit(list, q, area, out);
      }
    } else {
      for (let cx = x0; cx <= x1; cx++) {
        for (let cy = y0; cy <= y1; cy++) {
          const list = this.cells.get(this.key(cx, cy));
          if (!spend(this.budget, 1 + (list?.length ?? 0))) return out;
          if (list) this.visit(list, q, area, out);
        }
      }
    }
    if (!spend(this.budget, this.large.length)) return out;
    this.visit(this.large, q, area, out);
    return out;
  }

  /** Adds to `out` the ids of `list` not yet seen by query `q` whose box overlaps `area` (a method, not a closure per query: queries are the hot path). */
  private visit(list: readonly number[], q: number, area: Box, out: number[]): void {
    const stamp = this.stamp;
    const boxes = this.boxes;
    for (const id of list) {
      if (stamp[id] === q) continue;
      stamp[id] = q;
      const b = boxes[id]!;
      if (b.minX <= area.maxX && area.minX <= b.maxX && b.minY <= area.maxY && area.minY <= b.maxY) out.push(id);
    }
  }
}
