import { createStore } from 'zustand/vanilla';
import { persist } from 'zustand/middleware';
import type { PersistStorage } from 'zustand/middleware';
import { migrateSession } from '@/lib/session/migrate-session';
import { askQuestion, setDeepDiveAnswer, setDesignAnswer, setDiagramScene, setEntities, setStepNotes, setWorksheetRows, visitStep } from '@/lib/session/session-actions';
import { regradeSession, storeFinishedScores } from '@/lib/session/attempt-lock';
import type { SessionScore } from '@/lib/session/score-session';
import { addStepTime, announceCurveball, finishInterview, pauseInterview, resumeInterview } from '@/lib/session/interview-actions';
import type { CurveballBaseline } from '@/lib/interview/interview-schema';
import { SESSION_VERSION } from '@/lib/session/session-schema';
import type { Session, StepAnswers } from '@/lib/session/session-schema';
import type { StepId } from '@/lib/steps/steps';
import { sessionKey } from '@/lib/storage/session-repository';

export type PersistedSession = { session: Session };

export type SessionState = {
  session: Session;
  setNotes: (step: StepId, notes: string) => void;
  visit: (step: StepId) => void;
  ask: (question: string) => void;
  setEntities: (entities: string) => void;
  setWorksheetRows: (rows: StepAnswers['estimate']['rows']) => void;
  setDesign: (design: StepAnswers['design']) => void;
  setDiagramScene: (scene: StepAnswers['diagram']['scene']) => void;
  setDeepDiveAnswer: (promptId: string, answer: string) => void;
  pauseInterview: () => void;
  resumeInterview: () => void;
  finishInterview: () => void;
  announceCurveball: (baseline: CurveballBaseline) => void;
  addStepTime: (step: StepId, ms: number) => void;
  /** Keeps a finished mock's scores with the hash of the rubric they came from (once). */
  storeFinishedScores: (scored: SessionScore, rubricHash: string) => void;
  /** Replaces stored scores with ones against the current rubric, at the learner's request. */
  regrade: (scored: SessionScore, rubricHash: string) => void;
};

/** One store per provider (per case page), persisted as one record per session. */
export function createSessionStore(initial: Session, storage: PersistStorage<PersistedSession>) {
  return createStore<SessionState>()(
    persist(
      (set) => ({
        session: initial,
        setNotes: (step, notes) => set((state) => ({ session: setStepNotes(state.session, step, notes, new Date()) })),
        visit: (step) => set((state) => ({ session: visitStep(state.session, step, new Date()) })),
        ask: (question) => set((state) => ({ session: askQuestion(state.session, question, new Date()) })),
        setEntities: (entities) => set((state) => ({ session: setEntities(state.session, entities, new Date()) })),
        setWorksheetRows: (rows) => set((state) => ({ session: setWorksheetRows(state.session, rows, new Date()) })),
        setDesign: (design) => set((state) => ({ session: setDesignAnswer(state.session, design, new Date()) })),
        setDiagramScene: (scene) => set((state) => ({ session: setDiagramScene(state.session, scene, new Date()) })),
        setDeepDiveAnswer: (promptId, answer) => set((state) => ({ session: setDeepDiveAnswer(state.session, promptId, answer, new Date()) })),
        pauseInterview: () => set((state) => ({ session: pauseInterview(state.session, new Date()) })),
        resumeInterview: () => set((state) => ({ session: resumeInterview(state.session, new Date()) })),
        finishInterview: () => set((state) => ({ session: finishInterview(state.session, new Date()) })),
        announceCurveball: (baseline) => set((state) => ({ session: announceCurveball(state.session, baseline, new Date()) })),
        addStepTime: (step, ms) => set((state) => ({ session: addStepTime(state.session, step, ms) })),
        storeFinishedScores: (scored, rubricHash) => set((state) => ({ session: storeFinishedScores(state.session, scored, rubricHash, new Date()) })),
        regrade: (scored, rubricHash) => set((state) => ({ session: regradeSession(state.session, scored, rubricHash, new Date()) })),
      }),
      {
        name: sessionKey(initial.id),
        version: SESSION_VERSION,
        storage,
        skipHydration: true,
        partialize: (state) => ({ session: state.session }),
        migrate: (persisted, version) => {
          const result = migrateSession((persisted as Partial<PersistedSession> | undefined)?.session, version);
          if (!result.ok) throw new Error(result.reason);
          return { session: result.session };
        },
      },
    ),
  );
}

export type SessionStore = ReturnType<typeof createSessionStore>;
