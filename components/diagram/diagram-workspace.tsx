'use client';

import dynamic from 'next/dynamic';
import { useCallback, useEffect, useId, useMemo, useRef, useState } from 'react';
import type { ChangeEvent } from 'react';
import type { ExcalidrawElement } from '@excalidraw/excalidraw/element/types';
import { parseSceneFile, sceneFileText } from '@/lib/canvas/parse-scene-file';
import { readScene } from '@/lib/canvas/read-scene';
import type { SceneSnapshot } from '@/lib/canvas/scene-snapshot';
import type { Rubric } from '@/lib/content/rubric-schema';
import { PALETTE, PALETTE_CATEGORIES } from '@/lib/diagram/palette';
import { scoreDiagram } from '@/lib/diagram/score-diagram';
import { useSession, useSessionContext } from '@/components/session/session-provider';
import { downloadFile } from '@/components/shared/download-file';
import type { CanvasApi } from './excalidraw-canvas';
import { HeldFeedback } from '@/components/interview/held-feedback';
import { DiagramChecklist } from './diagram-checklist';

// Excalidraw is big and browser-only: it loads on the drawing steps alone, after the page is up.
const ExcalidrawCanvas = dynamic(() => import('./excalidraw-canvas').then((module) => module.ExcalidrawCanvas), {
  ssr: false,
  loading: () => <p className="canvas-loading">Loading the canvas…</p>,
});

const REGRADE_DELAY_MS = 250;

function sceneKey(elements: readonly ExcalidrawElement[]): string {
  // Excalidraw bumps an element's version on every edit; ids and versions say whether anything changed.
  let key = `${elements.length}`;
  for (const element of elements) key += `|${element.id}:${element.version}`;
  return key;
}


type WorkspaceProps = { rubric: Rubric; caseSlug: string };

/** Step 4: the canvas, its palette, import/export, and a checklist graded as the learner draws. */
export function DiagramWorkspace(props: WorkspaceProps) {
  const ready = useSessionContext().phase === 'ready';
  const storedScene = useSession((state) => state.session.answers.diagram.scene);
  const sessionId = useSession((state) => state.session.id);
  if (!ready || !storedScene) return <p className="canvas-loading">Loading your diagram…</p>;
  return <DiagramBoard key={sessionId} {...props} storedScene={storedScene} />;
}

function DiagramBoard({ rubric, caseSlug, storedScene }: WorkspaceProps & { storedScene: SceneSnapshot }) {
  // The canvas starts from the scene stored when the session opened; later edits flow out of it.
  const [initialScene] = useState(storedScene);
  const setScene = useSession((state) => state.setDiagramScene);
  const [scene, setLocalScene] = useState<SceneSnapshot | undefined>(undefined);
  const [message, setMessage] = useState<{ tone: 'error' | 'info'; text: string } | undefined>(undefined);
  const api = useRef<CanvasApi | undefined>(undefined);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const lastKey = useRef<string>('');
  const fileInput = useRef<HTMLInputElement>(null);
  const id = useId();

  const current = scene ?? initialScene;
  const result = useMemo(() => scoreDiagram(readScene(current.elements), rubric), [current, rubric]);

  const onChange = useCallback(
    (elements: readonly ExcalidrawElement[]) => {
      const key = sceneKey(elements.filter((element) => !element.isDeleted));
      if (key === lastKey.current) return;
      lastKey.current = key;
      if (timer.current) clearTimeout(timer.current);
      timer.current = setTimeout(() => {
        const snapshot = api.current?.snapshot();
        if (!snapshot) return;
        setLocalScene(snapshot);
        setScene?.(snapshot);
      }, REGRADE_DELAY_MS);
    },
    [setScene],
  );

  useEffect(() => () => clearTimeout(timer.current), []);

  async function onImport(event: ChangeEvent<HTMLInputElement>) {
    const file = event.target.files?.[0];
    event.target.value = '';
    if (!file) return;
    const parsed = parseSceneFile(file.size > 20 * 1024 * 1024 ? '' : await file.text(), file.size);
    if (!parsed.ok) {
      setMessage({ tone: 'error', text: `${file.name} was not imported. ${parsed.error} Your drawing is unchanged.` });
      return;
    }
    api.current?.replaceScene(parsed.scene);
    setMessage({ tone: 'info', text: `Imported ${file.name}.` });
  }

  function onExport() {
    downloadFile(`${caseSlug}-diagram.excalidraw`, sceneFileText(api.current?.snapshot() ?? current));
  }

  return (
    <section className="diagram-workspace" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`} className="visually-hidden">
        Diagram
      </h2>
      <div className="diagram-toolbar">
        <div className="palette" role="group" aria-label="Component palette">
          {PALETTE_CATEGORIES.map((category) => (
            <div key={category.id} role="group" aria-label={category.title} className="palette-group">
              <span className="palette-title">{category.title}</span>
              {PALETTE.filter((item) => item.category === category.id).map((item) => (
                <button key={item.kind} type="button" className="palette-item" onClick={() => api.current?.insert(item)} title={`Add ${item.label} to the canvas`}>
                  {item.label}
                </button>
              ))}
            </div>
          ))}
        </div>
        <div className="button-row">
          <button type="button" className="button" onClick={() => fileInput.current?.click()}>
            Import .excalidraw
          </button>
          <input ref={fileInput} type="file" accept=".excalidraw,.json,application/json" hidden onChange={onImport} aria-label="Import an Excalidraw file" />
          <button type="button" className="button" onClick={onExport}>
            Export .excalidraw
          </button>
        </div>
      </div>
      {message ? (
        <p className={message.tone === 'error' ? 'notice notice-warn' : 'notice notice-info'} role={message.tone === 'error' ? 'alert' : 'status'}>
          {message.text}
        </p>
      ) : null}
      <div className="diagram-grid">
        <div className="canvas-frame">
          <ExcalidrawCanvas initialScene={initialScene} onChange={onChange} onReady={(ready) => (api.current = ready)} />
        </div>
        <HeldFeedback>
          <DiagramChecklist result={result} onSelect={(ids) => api.current?.select(ids)} />
        </HeldFeedback>
      </div>
    </section>
  );
}
