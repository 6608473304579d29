/** Tiny helpers to hand-write Excalidraw scene JSON for tests (our own fixtures, not copied scenes). */

type Json = Record<string, unknown>;

const base = (id: string, type: string, x: number, y: number, width: number, height: number, extra: Json): Json => ({
  id,
  type,
  x,
  y,
  width,
  height,
  angle: 0,
  isDeleted: false,
  groupIds: [],
  frameId: null,
  boundElements: null,
  strokeStyle: 'solid',
  ...extra,
});

export function rect(id: string, x: number, y: number, width = 160, height = 80, extra: Json = {}): Json {
  return base(id, 'rectangle', x, y, width, height, extra);
}

export function ellipse(id: string, x: number, y: number, width = 80, height = 80, extra: Json = {}): Json {
  return base(id, 'ellipse', x, y, width, height, extra);
}

export function image(id: string, x: number, y: number, width = 80, height = 80, extra: Json = {}): Json {
  return base(id, 'image', x, y, width, height, { fileId: `file-${id}`, status: 'saved', ...extra });
}

export function frame(id: string, x: number, y: number, width: number, height: number, name: string | null, extra: Json = {}): Json {
  return base(id, 'frame', x, y, width, height, { name, ...extra });
}

export function text(id: string, x: number, y: number, value: string, extra: Json = {}): Json {
  const lines = value.split('\n');
  const width = Math.max(...lines.map((l) => l.length)) * 10;
  return base(id, 'text', x, y, width, lines.length * 25, { text: value, originalText: value, fontSize: 20, containerId: null, ...extra });
}

/** Text bound to a shape, centred in it the way Excalidraw places it. */
export function boundText(id: string, container: Json, value: string, extra: Json = {}): Json {
  const w = value.length * 10;
  const cx = (container.x as number) + (container.width as number) / 2;
  const cy = (container.y as number) + (container.height as number) / 2;
  return text(id, cx - w / 2, cy - 12.5, value, { containerId: container.id, ...extra });
}

export function arrow(id: string, from: [number, number], to: [number, number], extra: Json = {}): Json {
  return base(id, 'arrow', from[0], from[1], Math.abs(to[0] - from[0]), Math.abs(to[1] - from[1]), {
    points: [
      [0, 0],
      [to[0] - from[0], to[1] - from[1]],
    ],
    startArrowhead: null,
    endArrowhead: 'arrow',
    startBinding: null,
    endBinding: null,
    ...extra,
  });
}

export function line(id: string, from: [number, number], to: [number, number], extra: Json = {}): Json {
  return arrow(id, from, to, { type: 'line', endArrowhead: null, ...extra });
}

export function bind(elementId: string): Json {
  return { elementId, focus: 0, gap: 4 };
}

export function scene(elements: Json[]): Json {
  return { type: 'excalidraw', version: 2, source: 'https://excalidraw.com', elements, appState: { viewBackgroundColor: '#ffffff' }, files: {} };
}

/** A rectangle with its label bound inside (the text element `<id>-t`), as a learner draws a labelled box. */
export function labelledBox(id: string, x: number, y: number, label: string, w = 160, h = 60): Json[] {
  const r = rect(id, x, y, w, h);
  return [r, boundText(`${id}-t`, r, label)];
}
