'use client';

import dynamic from 'next/dynamic';
import { memo, useCallback, useEffect, useId, useRef, useState } from 'react';
import type { ChangeEvent } from 'react';
import type { ExcalidrawElement } from '@excalidraw/excalidraw/element/types';
import { MAX_SCENE_FILE_BYTES, parseSceneFile, sceneFileText } from '@/lib/canvas/parse-scene-file';
import { SCENE_FILE_ACCEPT, sceneFileKind, sceneFileNoun } from '@/lib/canvas/scene-file-kind';
import { sceneKey } from '@/lib/canvas/scene-key';
import type { SceneSnapshot } from '@/lib/canvas/scene-snapshot';
import type { Rubric } from '@/lib/content/rubric-schema';
import { PALETTE, PALETTE_CATEGORIES } from '@/lib/diagram/palette';
import type { PaletteItem } from '@/lib/diagram/palette';
import type { KindChoice, UnknownComponent } from '@/lib/diagram/unknown-components';
import { useSession, useSessionContext } from '@/components/session/session-provider';
import { isAttemptLocked } from '@/lib/session/attempt-lock';
import { fitSession } from '@/lib/session/session-limits';
import { provideSessionLimits } from '@/components/session/session-store';
import { downloadFile } from '@/components/shared/download-file';
import type { CanvasApi } from './excalidraw-canvas';
import { HeldFeedback } from '@/components/interview/held-feedback';
import { ShowStepAnswer, useStepAnswerShown } from '@/components/scoring/show-step-answer';
import { resultAsShown } from '@/lib/scoring/shown-finding';
import { DiagramChecklist } from './diagram-checklist';
import { useDiagramLayout } from './diagram-layout-store';
import { inertOutside } from './inert-outside';
import { nameUnnamedButtons } from './name-unnamed-buttons';
import { UnknownBoxes } from './unknown-boxes';
import { useSceneGrade } from './use-scene-grade';

// Excalidraw is big and browser-only: it loads on the drawing steps alone, after the page is up.
const ExcalidrawCanvas = dynamic(() => import('./excalidraw-canvas').then((module) => module.ExcalidrawCanvas), {
  ssr: false,
  loading: () => <p className="canvas-loading">Loading the canvas…</p>,
});

/** While the pointer is down (a drag, a stroke), the checklist and the save wait for this much quiet. */
// The canvas edits the session from its first frame: its limits come in this chunk, not fetched on their own.
provideSessionLimits(fitSession);

const DRAG_DELAY_MS = 250;
/** Saving the scene waits for this much quiet after an edit; the checklist does not wait for it. */
const SAVE_DELAY_MS = 250;

type WorkspaceProps = { rubric: Rubric; caseSlug: string };
type Message = { tone: 'error' | 'info'; text: string };

/** Step 4: the canvas, its palette, import/export, and a checklist graded as the learner draws. */
export function DiagramWorkspace(props: WorkspaceProps) {
  const ready = useSessionContext().phase === 'ready';
  const storedScene = useSession((state) => state.session.answers.diagram.scene);
  const sessionId = useSession((state) => state.session.id);
  // A finished mock, or a tab that only reads because another tab holds the attempt: the canvas is in view mode.
  const locked = useSession((state) => isAttemptLocked(state.session) || state.tab === 'other-tab-open') ?? false;
  if (!ready || !storedScene) return <p className="canvas-loading">Loading your diagram…</p>;
  return <DiagramBoard key={sessionId} {...props} storedScene={storedScene} locked={locked} />;
}

/** Reads an imported file (scene JSON, or a PNG/SVG export with the scene embedded) and says plainly why not. */
async function importScene(file: File, canvas: CanvasApi): Promise<{ ok: true; scene: SceneSnapshot } | { ok: false; error: string }> {
  if (file.size > MAX_SCENE_FILE_BYTES) return parseSceneFile('', file.size) as { ok: false; error: string };
  const kind = sceneFileKind(file.name, file.type);
  if (kind === 'json') {
    // Our own checks first (size, shape, element count), then Excalidraw's loader restores old files.
    const checked = parseSceneFile(await file.text(), file.size);
    if (!checked.ok) return checked;
    const loaded = await canvas.loadFile(new Blob([sceneFileText(checked.scene)]), 'json');
    return loaded.ok ? loaded : { ok: false, error: 'Excalidraw could not read this scene.' };
  }
  const noun = sceneFileNoun(kind);
  const loaded = await canvas.loadFile(file, kind);
  if (!loaded.ok) {
    return loaded.reason === 'no-scene'
      ? { ok: false, error: `This ${noun} has no Excalidraw scene embedded (export it from Excalidraw with "Embed scene" ticked, or import the .excalidraw file).` }
      : { ok: false, error: `This ${noun} holds an Excalidraw scene that could not be read; it may be damaged.` };
  }
  // The embedded scene gets the same limits as a scene file.
  return parseSceneFile(sceneFileText(loaded.scene));
}

/** The palette's buttons: the same on every render of the board, so a new grade does not redraw them. */
const PaletteButtons = memo(function PaletteButtons({ id, onInsert }: { id: string; onInsert: (item: PaletteItem) => void }) {
  return (
    <div id={id} className="palette" role="group" aria-label="Component palette">
      {PALETTE_CATEGORIES.map((category) => (
        <div key={category.id} role="group" aria-label={category.title} className="palette-group">
          <span className="palette-title">{category.title}</span>
          {PALETTE.filter((item) => item.category === category.id).map((item) => (
            <button key={item.kind} type="button" className="palette-item" onClick={() => onInsert(item)} title={`Add ${item.label} to the canvas`}>
              {item.label}
            </button>
          ))}
        </div>
      ))}
    </div>
  );
});

type BoardProps = WorkspaceProps & { storedScene: SceneSnapshot; locked: boolean };

/**
 * The board re-renders for a new grade, not for each save: `storedScene` is read once, at mount (the
 * canvas owns the scene from then on), so a save that changes it in the session is no reason to render.
 */
const DiagramBoard = memo(function DiagramBoard({ rubric, caseSlug, storedScene, locked }: BoardProps) {
  // The canvas starts from the scene stored when the session opened; later edits flow out of it.
  const [initialScene] = useState(storedScene);
  const setScene = useSession((state) => state.setDiagramScene);
  // The last scene saved, for an export while the canvas is gone; a ref, as saving must not re-render.
  const savedScene = useRef<SceneSnapshot | undefined>(undefined);
  const [message, setMessage] = useState<Message | undefined>(undefined);
  const [fullWidth, setFullWidth] = useState(false);
  const layout = useDiagramLayout();
  const api = useRef<CanvasApi | undefined>(undefined);
  const saveTimer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const gradeTimer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const gradePending = useRef(false);
  const lastKey = useRef<string>('');
  const fileInput = useRef<HTMLInputElement>(null);
  const workspaceRef = useRef<HTMLElement>(null);
  const id = useId();

  const { grade, regrade } = useSceneGrade(initialScene.elements, rubric);
  const answerShown = useStepAnswerShown('diagram');

  const saveNow = useCallback(() => {
    clearTimeout(saveTimer.current);
    const snapshot = api.current?.snapshot();
    if (!snapshot) return;
    savedScene.current = snapshot;
    setScene?.(snapshot);
  }, [setScene]);

  // Stable, like every prop of the memoised canvas: a new grade must not re-render Excalidraw.
  const onReady = useCallback((ready: CanvasApi) => {
    api.current = ready;
  }, []);

  const gradeNow = useCallback(() => {
    clearTimeout(gradeTimer.current);
    gradePending.current = false;
    const snapshot = api.current?.snapshot();
    if (snapshot) regrade(snapshot.elements);
  }, [regrade]);

  // The checklist follows each edit at once (graded off the main thread); only a drag in progress is
  // debounced, and it is graded the moment the pointer comes up. Saving waits for a pause.
  const onChange = useCallback(
    (elements: readonly ExcalidrawElement[], _files: unknown, pointerDown: boolean) => {
      const key = sceneKey(elements.filter((element) => !element.isDeleted));
      if (key !== lastKey.current) {
        lastKey.current = key;
        gradePending.current = true;
        clearTimeout(saveTimer.current);
        saveTimer.current = setTimeout(saveNow, SAVE_DELAY_MS);
      }
      if (!gradePending.current) return;
      clearTimeout(gradeTimer.current);
      if (pointerDown) gradeTimer.current = setTimeout(gradeNow, DRAG_DELAY_MS);
      else gradeNow();
    },
    [saveNow, gradeNow],
  );

  useEffect(
    () => () => {
      clearTimeout(saveTimer.current);
      clearTimeout(gradeTimer.current);
    },
    [],
  );

  // Excalidraw's icon-only canvas menu button gets a name screen readers can say.
  useEffect(() => {
    const workspace = workspaceRef.current;
    return workspace ? nameUnnamedButtons(workspace) : undefined;
  }, []);

  // Full width covers the page: the page behind neither scrolls under the canvas nor takes the focus.
  useEffect(() => {
    const workspace = workspaceRef.current;
    if (!fullWidth || !workspace) return;
    document.documentElement.classList.add('diagram-full-width-open');
    const restore = inertOutside(workspace);
    return () => {
      restore();
      document.documentElement.classList.remove('diagram-full-width-open');
    };
  }, [fullWidth]);

  async function onImport(event: ChangeEvent<HTMLInputElement>) {
    const file = event.target.files?.[0];
    event.target.value = '';
    const canvas = api.current;
    if (!file) return;
    if (!canvas) {
      setMessage({ tone: 'error', text: `${file.name} was not imported: the canvas is still loading. Try again in a moment.` });
      return;
    }
    const imported = await importScene(file, canvas);
    if (!imported.ok) {
      setMessage({ tone: 'error', text: `${file.name} was not imported. ${imported.error} Your drawing is unchanged.` });
      return;
    }
    canvas.replaceScene(imported.scene);
    setMessage({ tone: 'info', text: `Imported ${file.name}.` });
  }

  function onExport() {
    downloadFile(`${caseSlug}-diagram.excalidraw`, sceneFileText(api.current?.snapshot() ?? savedScene.current ?? initialScene));
  }

  function onAnswer(box: UnknownComponent, kind: KindChoice['kind']) {
    api.current?.setKind(box.id, kind);
    // The answer counts and is saved at once, not after the drawing debounce.
    gradeNow();
    saveNow();
  }

  // Stable, so the checklist's rows (memoised) re-render only when their finding changes.
  const onSelect = useCallback((ids: readonly string[]) => api.current?.select(ids), []);
  const onInsert = useCallback((item: PaletteItem) => void api.current?.insert(item), []);
  const paletteId = `${id}-palette`;
  const checklistId = `${id}-checklist`;
  const classes = ['diagram-workspace', fullWidth ? 'diagram-workspace-full' : '', layout.checklist ? '' : 'diagram-checklist-closed'].filter(Boolean).join(' ');

  return (
    <section ref={workspaceRef} className={classes} aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`} className="visually-hidden">
        Diagram
      </h2>
      <div className="diagram-toolbar">
        <div className="diagram-controls">
          <div className="button-row" role="group" aria-label="Canvas layout">
            <button type="button" className="button button-toggle" aria-pressed={fullWidth} onClick={() => setFullWidth((on) => !on)}>
              Full width
            </button>
            <button type="button" className="button button-toggle" aria-expanded={layout.palette} aria-controls={paletteId} onClick={() => layout.toggle('palette')}>
              Palette
            </button>
            <button type="button" className="button button-toggle" aria-expanded={layout.checklist} aria-controls={checklistId} onClick={() => layout.toggle('checklist')}>
              Checklist
            </button>
          </div>
          <div className="button-row">
            <button type="button" className="button" onClick={() => fileInput.current?.click()} title="A .excalidraw or .json scene, or an .excalidraw.png / .excalidraw.svg export with the scene embedded">
              Import .excalidraw
            </button>
            <input ref={fileInput} type="file" accept={SCENE_FILE_ACCEPT} hidden onChange={onImport} aria-label="Import an Excalidraw file" />
            <button type="button" className="button" onClick={onExport}>
              Export .excalidraw
            </button>
          </div>
        </div>
        {layout.palette ? <PaletteButtons id={paletteId} onInsert={onInsert} /> : null}
      </div>
      {message ? (
        <p className={message.tone === 'error' ? 'notice notice-warn' : 'notice notice-info'} role={message.tone === 'error' ? 'alert' : 'status'}>
          {message.text}
        </p>
      ) : null}
      <p className="canvas-small-screen notice notice-info">
        Drawing is easier on a larger screen. On a phone the tools sit along the top of the canvas and two fingers pan and zoom; your diagram is saved
        either way, so you can finish it on a laptop.
      </p>
      <div className="diagram-grid">
        <div className="canvas-frame">
          <ExcalidrawCanvas initialScene={initialScene} onChange={onChange} onReady={onReady} viewModeEnabled={locked} />
        </div>
        {layout.checklist ? (
          <div id={checklistId} className="diagram-side">
            <HeldFeedback>
              {grade ? (
                <DiagramChecklist result={resultAsShown(grade.result, answerShown)} onSelect={onSelect} questions={<UnknownBoxes boxes={grade.unknown} onAnswer={onAnswer} onSelect={onSelect} />} />
              ) : (
                <section className="diagram-checklist" aria-label="Diagram checklist" aria-busy="true">
                  <h2>Checklist</h2>
                  <p className="muted" role="status">
                    Grading your diagram…
                  </p>
                </section>
              )}
              <ShowStepAnswer step="diagram" />
            </HeldFeedback>
          </div>
        ) : null}
      </div>
    </section>
  );
}, sameBoard);

/** Props that matter after mount (see DiagramBoard): a new `storedScene` alone is not a change. */
function sameBoard(before: BoardProps, after: BoardProps): boolean {
  return before.rubric === after.rubric && before.caseSlug === after.caseSlug && before.locked === after.locked;
}
