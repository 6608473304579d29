import { createStore } from 'zustand/vanilla';
import { persist } from 'zustand/middleware';
import type { PersistStorage } from 'zustand/middleware';
import { runSessionAction } from '@/lib/session/run-action';
import type { SessionAction } from '@/lib/session/run-action';
import type { FitResult } from '@/lib/session/session-limits';
import type { ProbeAnswer } from '@/lib/deep-dive/probe';
import { regradeSession, storeFinishedScores } from '@/lib/session/attempt-lock';
import type { SessionScore } from '@/lib/session/score-session';
import type { CurveballBaseline } from '@/lib/interview/interview-schema';
import { SESSION_VERSION } from '@/lib/session/session-bounds';
import type { AnswerStep, Session, StepAnswers } from '@/lib/session/session-schema';
import type { StepId } from '@/lib/steps/steps';
import { sessionKey } from '@/lib/storage/session-repository';

export type PersistedSession = { session: Session };

/** The sentence shown the moment an action met a limit of the session schema ("At most 200 worksheet rows ..."). */
export type LimitNotice = { text: string; id: number };

export type TabAccess = 'only' | 'other-tab-open' | 'took-over';

export type SessionState = {
  session: Session;
  /** Set when an action was cut to fit a limit; stays until dismissed or replaced by the next cut. */
  limitNotice?: LimitNotice;
  /**
   * This tab's hold on the attempt (tab-lock.ts): 'only' writes; 'other-tab-open' is read-only while
   * another tab holds it (actions change nothing, nothing is written); 'took-over' writes again after
   * the other tab closed and the latest save was loaded.
   */
  tab: TabAccess;
  setTab: (tab: TabAccess) => void;
  /** Swaps in a session read back from storage (the other tab closed, or a newer save arrived). */
  replaceSession: (session: Session) => void;
  dismissLimitNotice: () => void;
  /** True once the site's database was deleted while this page was open (idb-store.ts onDatabaseReset). */
  databaseReset: boolean;
  markDatabaseReset: () => void;
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
  /** Deep-dive follow-ups: submit an answer, answer the interviewer's probe, show the model answer. */
  submitDeepDiveAnswer: (promptId: string) => void;
  answerDeepDiveProbe: (promptId: string, pointId: string, answer: ProbeAnswer) => void;
  revealDeepDiveAnswer: (promptId: string, openPointIds: readonly string[]) => void;
  /** Shows a step's full feedback with the case's values (recorded on the report). */
  showStepAnswer: (step: AnswerStep) => void;
  /** Curveball follow-ups (mock): say the change is addressed, answer the interviewer's probe on one claim. */
  submitCurveball: () => void;
  answerCurveballProbe: (claimId: string, answer: ProbeAnswer) => void;
  /** Keeps a finished mock's scores with the hash of the rubric they came from (once). */
  storeFinishedScores: (scored: SessionScore, rubricHash: string) => void;
  /** Replaces stored scores with ones against the current rubric, at the learner's request. */
  regrade: (scored: SessionScore, rubricHash: string) => void;
};

type FitSession = (session: Session) => FitResult<Session>;
let fitLoaded: FitSession | undefined;
let fitLoading: Promise<FitSession> | undefined;

/**
 * Loads the session schema's limits (lib/session/session-limits.ts, with the canvas's scene bounds) once. A page
 * opened and only read never needs them: the store asks for them at the first edit, and holds that edit (and any
 * made while they load) to them as soon as they arrive. Resolves when they are in; tests await it.
 */
export function loadSessionLimits(): Promise<FitSession> {
  fitLoading ??= import('@/lib/session/session-limits').then((module) => (fitLoaded = module.fitSession));
  return fitLoading;
}

/**
 * Hands the store the limits where a page's own code already holds them: the diagram step edits the session from
 * the canvas's first frame and its chunk has the scene bounds anyway, so the limits come with it instead of in a
 * request of their own.
 */
export function provideSessionLimits(fit: FitSession): void {
  fitLoaded ??= fit;
  fitLoading ??= Promise.resolve(fitLoaded);
}

/** Actions that never touch a limited field: opening a step and its clock run on every page without loading the limits. */
const WITHIN_LIMITS: ReadonlySet<SessionAction['type']> = new Set(['visit', 'addStepTime']);

/** One store per provider (per case page), persisted as one record per session. */
export function createSessionStore(initial: Session, storage: PersistStorage<PersistedSession>) {
  // zustand's persist writes after every `set`; only a changed session is written, and nothing while another tab holds it.
  let readOnly = false;
  let lastWritten: Session | undefined;
  const guarded: PersistStorage<PersistedSession> = {
    ...storage,
    setItem: (name, value) => {
      if (readOnly || value.state.session === lastWritten) return;
      lastWritten = value.state.session;
      return storage.setItem(name, value);
    },
  };
  const store = createStore<SessionState>()(
    persist(
      (set) => {
        let notices = 0;
        /** The session held to every limit of the schema, with the sentence for a cut (said at once). */
        const fitted = (fit: FitSession, session: Session): Partial<SessionState> => {
          const result = fit(session);
          if (result.notes.length === 0) return { session: result.value };
          notices += 1;
          return { session: result.value, limitNotice: { text: result.notes.join(' '), id: notices } };
        };
        /** Once the limits are in: the session as it is now, held to them (nothing changes when it already fits). */
        const fitNow = (fit: FitSession) =>
          set((state) => {
            if (state.tab === 'other-tab-open') return state;
            const next = fitted(fit, state.session);
            return next.session === state.session && !next.limitNotice ? state : next;
          });
        /**
         * Every action runs at once (typing never waits) and its result is held to the schema's limits, so the state
         * always fits the schema and a cut is said: at once when the limits are loaded, else the moment they arrive.
         */
        const apply = (action: SessionAction) =>
          set((state) => {
            if (state.tab === 'other-tab-open') return state;
            const next = runSessionAction(state.session, action, new Date());
            if (next === state.session) return state;
            if (WITHIN_LIMITS.has(action.type)) return { session: next };
            if (fitLoaded) return fitted(fitLoaded, next);
            void loadSessionLimits().then(fitNow);
            return { session: next };
          });
        return {
          session: initial,
          tab: 'only',
          setTab: (tab) => {
            readOnly = tab === 'other-tab-open';
            set({ tab });
          },
          replaceSession: (session) => set({ session }),
          dismissLimitNotice: () => set({ limitNotice: undefined }),
          databaseReset: false,
          markDatabaseReset: () => set({ databaseReset: true }),
          setNotes: (step, notes) => apply({ type: 'setNotes', step, notes }),
          visit: (step) => apply({ type: 'visit', step }),
          ask: (question) => apply({ type: 'ask', question }),
          setEntities: (entities) => apply({ type: 'setEntities', entities }),
          setWorksheetRows: (rows) => apply({ type: 'setWorksheetRows', rows }),
          setDesign: (design) => apply({ type: 'setDesign', design }),
          setDiagramScene: (scene) => apply({ type: 'setDiagramScene', scene }),
          setDeepDiveAnswer: (promptId, answer) => apply({ type: 'setDeepDiveAnswer', promptId, answer }),
          pauseInterview: () => apply({ type: 'pauseInterview' }),
          resumeInterview: () => apply({ type: 'resumeInterview' }),
          finishInterview: () => apply({ type: 'finishInterview' }),
          announceCurveball: (baseline) => apply({ type: 'announceCurveball', baseline }),
          addStepTime: (step, ms) => apply({ type: 'addStepTime', step, ms }),
          submitDeepDiveAnswer: (promptId) => apply({ type: 'submitDeepDiveAnswer', promptId }),
          answerDeepDiveProbe: (promptId, pointId, answer) => apply({ type: 'answerDeepDiveProbe', promptId, pointId, answer }),
          revealDeepDiveAnswer: (promptId, openPointIds) => apply({ type: 'revealDeepDiveAnswer', promptId, openPointIds }),
          showStepAnswer: (step) => apply({ type: 'showStepAnswer', step }),
          submitCurveball: () => apply({ type: 'submitCurveball' }),
          answerCurveballProbe: (claimId, answer) => apply({ type: 'answerCurveballProbe', claimId, answer }),
          storeFinishedScores: (scored, rubricHash) => set((state) => (state.tab === 'other-tab-open' ? state : { session: storeFinishedScores(state.session, scored, rubricHash, new Date()) })),
          regrade: (scored, rubricHash) => set((state) => (state.tab === 'other-tab-open' ? state : { session: regradeSession(state.session, scored, rubricHash, new Date()) })),
        };
      },
      {
        name: sessionKey(initial.id),
        version: SESSION_VERSION,
        storage: guarded,
        skipHydration: true,
        partialize: (state) => ({ session: state.session }),
        // Only an older stored version is migrated: the migration (and the zod schemas it parses with) loads then.
        migrate: async (persisted, version) => {
          const { migrateSession } = await import('@/lib/session/migrate-session');
          const result = migrateSession((persisted as Partial<PersistedSession> | undefined)?.session, version);
          if (!result.ok) throw new Error(result.reason);
          return { session: result.session };
        },
      },
    ),
  );
  return store;
}

export type SessionStore = ReturnType<typeof createSessionStore>;
