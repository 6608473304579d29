'use client';

import { useId, useMemo } from 'react';
import { readScene } from '@/lib/canvas/read-scene';
import type { SessionScore } from '@/lib/session/score-session';
import type { RoomState } from '@/lib/rooms/room-state-schema';
import { getStep, STEP_IDS } from '@/lib/steps/steps';
import { describeQuestionAnswer } from '@/lib/interview/probe-question';
import { followUpFindings } from '@/lib/rooms/room-follow-ups';
import { diagramDescription } from '@/components/report/diagram-description';
import { SceneSvg } from '@/components/report/scene-svg';
import type { ExportableScene } from '@/lib/canvas/highlight-scene';

const APP_STATE: ExportableScene['appState'] = { exportBackground: true, viewBackgroundColor: '#ffffff', exportWithDarkMode: false, exportEmbedScene: false };

function ReplayCanvas({ state }: { state: RoomState }) {
  const scene = useMemo<ExportableScene>(() => ({ elements: state.scene.elements as Record<string, unknown>[], files: (state.scene.files ?? {}) as ExportableScene['files'], appState: APP_STATE }), [state.scene]);
  const live = state.scene.elements.filter((element) => !element.isDeleted);
  const description = useMemo(() => diagramDescription('The canvas', readScene(state.scene.elements)), [state.scene.elements]);
  return (
    <section className="panel" aria-label="Canvas at this moment">
      <h3>Canvas</h3>
      <p className="replay-canvas-summary">
        {live.length} element{live.length === 1 ? '' : 's'}. {description}
      </p>
      {live.length > 0 ? <SceneSvg scene={scene} label={description} /> : <p className="muted">Nothing drawn yet.</p>}
    </section>
  );
}

function Scores({ score }: { score: SessionScore | undefined }) {
  return (
    <section className="panel" aria-label="Engine score at this moment">
      <h3>Engine score at this moment</h3>
      {score ? (
        <table className="replay-scores">
          <thead>
            <tr>
              <th scope="col">Step</th>
              <th scope="col">Score</th>
            </tr>
          </thead>
          <tbody>
            {score.steps.map((step) => (
              <tr key={step.step}>
                <th scope="row">{getStep(step.step).title}</th>
                <td>{step.score}</td>
              </tr>
            ))}
            {score.curveball ? (
              <tr>
                <th scope="row">Curveball</th>
                <td>{score.curveball.score}</td>
              </tr>
            ) : null}
            <tr>
              <th scope="row">Total</th>
              <td>{score.total}</td>
            </tr>
          </tbody>
        </table>
      ) : (
        <p className="muted">Scoring…</p>
      )}
    </section>
  );
}

/** The curveball's follow-ups as they stood: asked, answered, and the engine's finding on each then. */
function FollowUpsAtMoment({ state, score }: { state: RoomState; score: SessionScore | undefined }) {
  const followUp = state.curveball.followUp;
  if (!followUp) return null;
  return (
    <section className="panel" aria-label="Curveball follow-ups at this moment">
      <h3>Curveball follow-ups ({followUp.asked.length})</h3>
      <p className="muted">The candidate said the change was addressed.</p>
      <ol className="replay-questions">
        {followUp.asked.map((asked) => (
          <li key={asked.pointId}>
            <p>
              {asked.lead ? `${asked.lead} ` : ''}
              {asked.question}
            </p>
            <p className="muted">{asked.answer !== undefined ? `Answer: ${describeQuestionAnswer(asked, asked.answer)}` : 'Not answered yet.'}</p>
            {followUpFindings(score?.curveball, asked.pointId).map((finding, index) => (
              <p key={`${finding.code}-${index}`} className={`finding finding-${finding.severity}`}>
                {finding.message}
              </p>
            ))}
          </li>
        ))}
      </ol>
    </section>
  );
}

/** The room at the chosen moment of its replay: the engine's scores, canvas, questions, worksheet, answers and notes. */
export function ReplayMomentView({ state, score }: { state: RoomState; score: SessionScore | undefined }) {
  const id = useId();
  const { answers } = state.work;
  const notes = STEP_IDS.filter((step) => state.work.notes[step].trim() !== '');
  const deepDive = Object.entries(answers.deepDive).filter(([, text]) => text.trim() !== '');
  const design = answers.design;
  return (
    <section className="replay-moment" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>At this moment</h2>
      <p>
        Step: <strong>{getStep(state.work.currentStep).title}</strong> · status: {state.status}
        {state.curveball.announcedAt ? ' · curveball announced' : ''}
      </p>
      <Scores score={score} />
      <ReplayCanvas state={state} />
      <section className="panel" aria-label="Questions at this moment">
        <h3>Questions ({state.questions.length})</h3>
        {state.questions.length === 0 ? (
          <p className="muted">No questions yet.</p>
        ) : (
          <ol className="replay-questions">
            {state.questions.map((question) => (
              <li key={question.id}>
                <p>{question.text}</p>
                <p className="muted">{question.reply ? `Answer: ${question.reply.text}` : 'Not answered yet.'}</p>
              </li>
            ))}
          </ol>
        )}
      </section>
      <FollowUpsAtMoment state={state} score={score} />
      <section className="panel" aria-label="Worksheet at this moment">
        <h3>Worksheet ({answers.estimate.rows.length} rows)</h3>
        {answers.estimate.rows.length === 0 ? (
          <p className="muted">No rows yet.</p>
        ) : (
          <table>
            <thead>
              <tr>
                <th scope="col">Name</th>
                <th scope="col">Expression</th>
              </tr>
            </thead>
            <tbody>
              {answers.estimate.rows.map((row) => (
                <tr key={row.id}>
                  <td>{row.name}</td>
                  <td>
                    <code>{row.expr}</code>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
      <section className="panel" aria-label="Answers at this moment">
        <h3>Answers</h3>
        {answers.clarify.entities.trim() ? <p>Entities: {answers.clarify.entities}</p> : null}
        {design.useCase || design.inputs.length > 0 ? (
          <dl>
            <dt>Use case</dt>
            <dd>{design.useCase || '—'}</dd>
            <dt>Sources</dt>
            <dd>{design.inputs.map((input) => [input.name, input.mode, input.rate].filter(Boolean).join(', ')).join('; ') || '—'}</dd>
            <dt>Freshness</dt>
            <dd>{design.sla || '—'}</dd>
            <dt>Outputs</dt>
            <dd>{design.outputs.map((output) => [output.consumer, output.store].filter(Boolean).join(' in ')).join('; ') || '—'}</dd>
            <dt>Processing</dt>
            <dd>{[design.processingStyle, design.reason].filter(Boolean).join(': ') || '—'}</dd>
          </dl>
        ) : (
          <p className="muted">No high-level design yet.</p>
        )}
        {deepDive.map(([promptId, text]) => (
          <div key={promptId}>
            <h4>Deep dive: {promptId}</h4>
            <p className="replay-prose">{text}</p>
          </div>
        ))}
        {notes.map((step) => (
          <div key={step}>
            <h4>Notes, {getStep(step).title}</h4>
            <p className="replay-prose">{state.work.notes[step]}</p>
          </div>
        ))}
      </section>
      {state.interviewerNotes.length > 0 ? (
        <section className="panel" aria-label="Interviewer notes at this moment">
          <h3>Interviewer notes</h3>
          <ul>
            {state.interviewerNotes.map((note) => (
              <li key={note.id}>{note.text}</li>
            ))}
          </ul>
        </section>
      ) : null}
    </section>
  );
}
