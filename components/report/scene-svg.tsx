'use client';

import { useEffect, useRef, useState } from 'react';
import type { ExportableScene } from '@/lib/canvas/highlight-scene';

type Status = { state: 'drawing' } | { state: 'ready' } | { state: 'failed'; reason: string };
/** What the last export of a given scene came to; a newer scene reads as still drawing. */
type Outcome = { scene: ExportableScene; status: Status };

/** Loads Excalidraw only when a diagram is actually drawn, so no page pays for it on first load. */
async function renderSvg(scene: ExportableScene): Promise<SVGSVGElement> {
  const { exportSceneToSvg } = await import('@/components/diagram/excalidraw-canvas');
  return exportSceneToSvg(scene);
}

type SceneSvgProps = {
  scene: ExportableScene;
  /** The text alternative of the picture. */
  label: string;
};

/** A static SVG of a scene, drawn by Excalidraw's exporter on the client; the one place the report exports scenes. */
export function SceneSvg({ scene, label }: SceneSvgProps) {
  const host = useRef<HTMLDivElement>(null);
  const [outcome, setOutcome] = useState<Outcome | undefined>(undefined);
  const status: Status = outcome?.scene === scene ? outcome.status : { state: 'drawing' };

  useEffect(() => {
    let cancelled = false;
    renderSvg(scene).then(
      (svg) => {
        if (cancelled || !host.current) return;
        svg.setAttribute('role', 'img');
        svg.setAttribute('aria-label', label);
        svg.setAttribute('focusable', 'false');
        svg.classList.add('scene-svg');
        // The intrinsic size stays as the upper bound; CSS scales it down to the column's width.
        host.current.replaceChildren(svg);
        setOutcome({ scene, status: { state: 'ready' } });
      },
      (error: unknown) => {
        if (cancelled) return;
        host.current?.replaceChildren();
        setOutcome({ scene, status: { state: 'failed', reason: error instanceof Error ? error.message : String(error) } });
      },
    );
    return () => {
      cancelled = true;
    };
  }, [scene, label]);

  return (
    <>
      {/* Filled by the effect; React renders no children here so it never fights over the SVG. */}
      <div ref={host} className="scene-svg-host" />
      {status.state === 'drawing' ? <p className="muted scene-svg-status">Drawing the diagram…</p> : null}
      {status.state === 'failed' ? (
        <p className="notice notice-warn scene-svg-status" role="alert">
          The diagram could not be drawn ({status.reason}); the rest of the report is unaffected.
        </p>
      ) : null}
    </>
  );
}
