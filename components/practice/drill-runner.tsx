'use client';

import dynamic from 'next/dynamic';
import { useCallback, useEffect, useId, useMemo, useState } from 'react';
import type { FormEvent, ReactNode } from 'react';
import type { CheckResult, DrillTopic } from '@/lib/drills/types';
import type * as KitModule from './drill-kit';
import { loadWithRetry } from '@/lib/util/load-with-retry';
import { useAddToReview } from '@/components/review/review-store';
import { useRecordAttempt } from './practice-store';
import { draftKey, readDraft, writeDraft } from '@/components/shared/local-draft';
import { MAX_DRILL_ANSWER } from '@/components/shared/answer-limits';
import { LengthNote, lengthNoteIds } from '@/components/shared/length-note';

type Kit = typeof KitModule;
let kitLoad: Promise<Kit> | undefined;

/** The generators and checker, fetched once per page on first need; a failed fetch is asked for again next time. */
function loadKit(): Promise<Kit> {
  kitLoad ??= loadWithRetry(() => import('./drill-kit')).catch((error: unknown) => {
    kitLoad = undefined;
    throw error;
  });
  return kitLoad;
}

// Markdown rendering and the feedback load with the first drill the browser renders itself.
const MarkdownPreview = dynamic(() => import('@/components/step/markdown-preview').then((module) => module.MarkdownPreview), {
  loading: () => <p className="muted">Loading the drill…</p>,
});
const DrillFeedback = dynamic(() => import('./drill-feedback').then((module) => module.DrillFeedback));

/** A kind of drill, as the page lists it: no generator code, only its id and title. */
export type DrillKind = { id: string; title: string };

function randomSeed(): number {
  return Math.floor(Math.random() * 1_000_000);
}

/**
 * Endless generated drills for a topic: each is a pure function of its seed, so any drill can be replayed.
 * `kinds` are the topic's generators; `firstPrompt` is the first kind's drill for seed 1, rendered on the
 * server. The generators, the checker and the Markdown renderer load when the learner starts answering,
 * asks for another drill or kind, or had chosen another kind earlier (drill-kit.ts).
 */
export function DrillRunner({ topic, kinds, firstPrompt }: { topic: DrillTopic; kinds: readonly DrillKind[]; firstPrompt: ReactNode }) {
  const id = useId();
  const [generatorId, setGeneratorId] = useState(kinds[0]?.id ?? '');
  // Seed 1 first so the page renders the same on the server and the client; "Next drill" picks at random.
  const [seed, setSeed] = useState(1);
  const [answer, setAnswer] = useState('');
  const [result, setResult] = useState<CheckResult | undefined>(undefined);
  const [kit, setKit] = useState<Kit | undefined>(undefined);
  const [kitFailed, setKitFailed] = useState(false);
  const record = useRecordAttempt();
  const addToReview = useAddToReview();

  const ensureKit = useCallback(async (): Promise<Kit | undefined> => {
    try {
      const loaded = await loadKit();
      setKit(loaded);
      setKitFailed(false);
      return loaded;
    } catch {
      setKitFailed(true);
      return undefined;
    }
  }, []);

  // The kind of drill the learner chose stays chosen after a reload (per topic, in this browser).
  const kindKey = draftKey(`drill-kind:${topic}`);
  useEffect(() => {
    const stored = readDraft(kindKey, 200);
    // Read after mount so the server's render and the first client render agree; an unknown kind is ignored.
    if (stored !== kinds[0]?.id && kinds.some((candidate) => candidate.id === stored)) {
      // eslint-disable-next-line react-hooks/set-state-in-effect
      setGeneratorId(stored);
      void ensureKit();
    }
  }, [kindKey, kinds, ensureKit]);

  const kind = kinds.find((candidate) => candidate.id === generatorId) ?? kinds[0];
  const generator = useMemo(() => kit?.generatorsForTopic(topic).find((candidate) => candidate.id === kind?.id), [kit, topic, kind]);
  const drill = useMemo(() => generator?.generate(seed), [generator, seed]);
  if (!kind) return <p className="muted">No drills for this topic yet.</p>;
  const serverDrill = kind.id === kinds[0]?.id && seed === 1;

  async function onCheck(event: FormEvent) {
    event.preventDefault();
    if (answer.trim() === '' || answer.length > MAX_DRILL_ANSWER || !kind) return;
    const loaded = await ensureKit();
    const checking = loaded?.generatorsForTopic(topic).find((candidate) => candidate.id === kind.id)?.generate(seed);
    if (!loaded || !checking) return;
    const checked = loaded.checkDrill(checking, answer);
    setResult(checked);
    // An answer that could not be read was not graded: it spends no attempt and shows no solution.
    if (!checked.readable) return;
    record(topic, checked.correct);
    // The kind of drill enters review, not this seed: review serves a fresh drill of the same kind.
    if (!checked.correct) addToReview([{ kind: 'drill', generatorId: checking.id, topic, title: kind.title, lastSeed: seed }]);
  }
  function next(nextGenerator = generatorId) {
    if (nextGenerator !== generatorId) writeDraft(kindKey, nextGenerator);
    setGeneratorId(nextGenerator);
    setSeed(randomSeed());
    setAnswer('');
    setResult(undefined);
    void ensureKit();
  }

  let prompt: ReactNode;
  if (serverDrill) prompt = firstPrompt;
  else if (drill) prompt = <MarkdownPreview source={drill.prompt} />;
  else if (kitFailed) {
    prompt = (
      <p className="notice notice-warn" role="alert">
        This drill could not load (check your connection).{' '}
        <button type="button" className="button" onClick={() => void ensureKit()}>
          Try again
        </button>
      </p>
    );
  } else prompt = <p className="muted">Loading the drill…</p>;

  return (
    <section className="panel drill" aria-labelledby={`${id}-title`}>
      <div className="panel-header">
        <h3 id={`${id}-title`}>Drill: {kind.title}</h3>
        <label className="inline-select">
          <span className="visually-hidden">Kind of drill</span>
          <select value={kind.id} onChange={(event) => next(event.target.value)}>
            {kinds.map((candidate) => (
              <option key={candidate.id} value={candidate.id}>
                {candidate.title}
              </option>
            ))}
          </select>
        </label>
      </div>
      <p className="muted drill-seed">
        Drill {kind.id} #{seed}
      </p>
      {prompt}
      <form onSubmit={(event) => void onCheck(event)} className="chat-form">
        <label htmlFor={`${id}-answer`} className="visually-hidden">
          Your answer to the drill
        </label>
        <input
          id={`${id}-answer`}
          value={answer}
          aria-describedby={lengthNoteIds(`${id}-answer`, answer.length, MAX_DRILL_ANSWER)}
          aria-invalid={answer.length > MAX_DRILL_ANSWER || undefined}
          // Answering starts fetching the checker, so "Check" rarely waits.
          onFocus={() => void ensureKit()}
          onChange={(event) => setAnswer(event.target.value)}
          autoComplete="off"
          placeholder="Your answer"
        />
        <button type="submit" className="button button-primary" disabled={answer.trim() === '' || answer.length > MAX_DRILL_ANSWER}>
          Check
        </button>
      </form>
      <LengthNote id={`${id}-answer`} length={answer.length} max={MAX_DRILL_ANSWER} what="Your answer" action="check it" />
      {kitFailed && serverDrill ? (
        <p className="notice notice-warn" role="alert">
          The drill checker could not load (check your connection); your answer is still here.{' '}
          <button type="button" className="button" onClick={() => void ensureKit()}>
            Try again
          </button>
        </p>
      ) : null}
      {result && drill ? <DrillFeedback drill={drill} result={result} /> : null}
      <div className="button-row">
        <button type="button" className="button" onClick={() => next()}>
          Next drill
        </button>
      </div>
    </section>
  );
}
