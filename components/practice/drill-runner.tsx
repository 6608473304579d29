'use client';

import { useEffect, useId, useMemo, useState } from 'react';
import type { FormEvent } from 'react';
import { checkDrill } from '@/lib/drills/check-drill';
import { generatorsForTopic } from '@/lib/drills/registry';
import type { CheckResult, DrillTopic } from '@/lib/drills/types';
import { MarkdownPreview } from '@/components/step/markdown-preview';
import { DrillFeedback } from './drill-feedback';
import { useAddToReview } from '@/components/review/review-store';
import { useRecordAttempt } from './practice-store';
import { draftKey, readDraft, writeDraft } from '@/components/shared/local-draft';

function randomSeed(): number {
  return Math.floor(Math.random() * 1_000_000);
}

/** Endless generated drills for a topic: each is a pure function of its seed, so any drill can be replayed. */
export function DrillRunner({ topic }: { topic: DrillTopic }) {
  const generators = useMemo(() => generatorsForTopic(topic), [topic]);
  const id = useId();
  const [generatorId, setGeneratorId] = useState(generators[0]?.id ?? '');
  // Seed 1 first so the page renders the same on the server and the client; "Next drill" picks at random.
  const [seed, setSeed] = useState(1);
  const [answer, setAnswer] = useState('');
  const [result, setResult] = useState<CheckResult | undefined>(undefined);
  const record = useRecordAttempt();
  const addToReview = useAddToReview();
  // The kind of drill the learner chose stays chosen after a reload (per topic, in this browser).
  const kindKey = draftKey(`drill-kind:${topic}`);
  useEffect(() => {
    const stored = readDraft(kindKey, 200);
    // Read after mount so the server's render and the first client render agree; an unknown kind is ignored.
    // eslint-disable-next-line react-hooks/set-state-in-effect
    if (generators.some((candidate) => candidate.id === stored)) setGeneratorId(stored);
  }, [kindKey, generators]);
  const generator = generators.find((candidate) => candidate.id === generatorId) ?? generators[0];
  const drill = useMemo(() => generator?.generate(seed), [generator, seed]);
  if (!generator || !drill) return <p className="muted">No drills for this topic yet.</p>;

  function onCheck(event: FormEvent) {
    event.preventDefault();
    if (!drill || answer.trim() === '') return;
    const checked = checkDrill(drill, answer);
    setResult(checked);
    // An answer that could not be read was not graded: it spends no attempt and shows no solution.
    if (!checked.readable) return;
    record(topic, checked.correct);
    // The kind of drill enters review, not this seed: review serves a fresh drill of the same kind.
    if (!checked.correct) addToReview([{ kind: 'drill', generatorId: drill.id, topic, title: generator?.title ?? drill.id, lastSeed: seed }]);
  }
  function next(nextGenerator = generatorId) {
    if (nextGenerator !== generatorId) writeDraft(kindKey, nextGenerator);
    setGeneratorId(nextGenerator);
    setSeed(randomSeed());
    setAnswer('');
    setResult(undefined);
  }

  return (
    <section className="panel drill" aria-labelledby={`${id}-title`}>
      <div className="panel-header">
        <h3 id={`${id}-title`}>Drill: {generator.title}</h3>
        <label className="inline-select">
          <span className="visually-hidden">Kind of drill</span>
          <select value={generator.id} onChange={(event) => next(event.target.value)}>
            {generators.map((candidate) => (
              <option key={candidate.id} value={candidate.id}>
                {candidate.title}
              </option>
            ))}
          </select>
        </label>
      </div>
      <p className="muted drill-seed">Drill {generator.id} #{seed}</p>
      <MarkdownPreview source={drill.prompt} />
      <form onSubmit={onCheck} className="chat-form">
        <label htmlFor={`${id}-answer`} className="visually-hidden">
          Your answer to the drill
        </label>
        <input id={`${id}-answer`} value={answer} maxLength={1000} onChange={(event) => setAnswer(event.target.value)} autoComplete="off" placeholder="Your answer" />
        <button type="submit" className="button button-primary" disabled={answer.trim() === ''}>
          Check
        </button>
      </form>
      {result ? <DrillFeedback drill={drill} result={result} /> : null}
      <div className="button-row">
        <button type="button" className="button" onClick={() => next()}>
          Next drill
        </button>
      </div>
    </section>
  );
}
