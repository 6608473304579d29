'use client';

import { useEffect, useMemo, useRef, useState } from 'react';
import { exportableScene } from '@/lib/canvas/highlight-scene';
import { readScene } from '@/lib/canvas/read-scene';
import type { SceneSnapshot } from '@/lib/canvas/scene-snapshot';
import { diagramDescription } from './diagram-description';
import { SceneSvg } from './scene-svg';

/**
 * The case's model diagram inside the reference answer. It is exported only once the surrounding
 * <details> is first opened, so a report that never reveals the answer never loads Excalidraw for it.
 */
export function ReferenceDiagram({ scene }: { scene: SceneSnapshot }) {
  const anchor = useRef<HTMLElement>(null);
  const [opened, setOpened] = useState(false);

  useEffect(() => {
    const details = anchor.current?.closest('details');
    if (!details) {
      // Not inside a disclosure: nothing to wait for.
      queueMicrotask(() => setOpened(true));
      return;
    }
    const onToggle = () => {
      if (details.open) setOpened(true);
    };
    onToggle();
    details.addEventListener('toggle', onToggle);
    return () => details.removeEventListener('toggle', onToggle);
  }, []);

  const exportable = useMemo(() => (opened ? exportableScene(scene) : undefined), [opened, scene]);
  const description = useMemo(() => (opened ? diagramDescription('Model diagram', readScene(scene.elements)) : ''), [opened, scene]);

  return (
    <figure ref={anchor} className="diagram-figure reference-diagram">
      {exportable ? <SceneSvg scene={exportable} label={description} /> : null}
      <figcaption>The model diagram for this case: one way to draw a design that earns full marks.</figcaption>
    </figure>
  );
}
