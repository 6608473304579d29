'use client';

import Link from 'next/link';
import { useEffect, useState } from 'react';
import type { AgreementReport, AgreementStep } from '@/lib/rooms/agreement-report';
import { getStep } from '@/lib/steps/steps';
import { replayHref } from './replay-link';

type Loaded = { state: 'loading' } | { state: 'failed'; message: string } | { state: 'ready'; report: AgreementReport };

const STATUS_TEXT: Record<AgreementStep['status'], string> = {
  ok: '',
  'not-enough-interviews': 'Not enough interviews (2 or more needed).',
  'no-spread': 'Undefined: one side gave the same level every time.',
};

const fixed = (value: number | null) => (value === null ? '—' : value.toFixed(2));

/** The agreement report (GET /api/rooms/agreement with the team's admin token), as tables with replay links. */
export function AgreementView({ token }: { token: string }) {
  const [loaded, setLoaded] = useState<Loaded>({ state: 'loading' });
  useEffect(() => {
    let cancelled = false;
    fetch('/api/rooms/agreement', { headers: { authorization: `Bearer ${token}` }, cache: 'no-store' })
      .then(async (response): Promise<Loaded> => (response.ok ? { state: 'ready', report: (await response.json()) as AgreementReport } : { state: 'failed', message: `The server answered ${response.status}.` }))
      .catch((error: unknown): Loaded => ({ state: 'failed', message: error instanceof Error ? error.message : String(error) }))
      .then((result) => {
        if (!cancelled) setLoaded(result);
      });
    return () => {
      cancelled = true;
    };
  }, [token]);
  if (loaded.state === 'loading') return <p className="muted">Reading the rooms…</p>;
  if (loaded.state === 'failed') return <p className="notice notice-warn" role="alert">The report could not be loaded: {loaded.message}</p>;
  const { report } = loaded;
  const worst = report.steps.filter((step) => step.disagreements.length > 0);
  return (
    <div className="rooms-agreement">
      <h1>Engine and interviewer agreement</h1>
      <p>
        Over {report.interviews} finished interview{report.interviews === 1 ? '' : 's'} with ratings. Spearman&apos;s rho compares the engine&apos;s step score (0-100) with the
        interviewer&apos;s rating (1-4); the quadratic-weighted kappa compares the engine&apos;s band with the rating. Bands:{' '}
        {report.bands.map((band) => `${band.level} = ${band.min}-${band.max}`).join(', ')}. The same report: <code>npm run -s rooms -- agreement --json</code>.
      </p>
      <table>
        <caption>Agreement per step</caption>
        <thead>
          <tr>
            <th scope="col">Step</th>
            <th scope="col">Interviews</th>
            <th scope="col">Spearman&apos;s rho</th>
            <th scope="col">Weighted kappa</th>
            <th scope="col">Note</th>
          </tr>
        </thead>
        <tbody>
          {report.steps.map((step) => (
            <tr key={step.step}>
              <th scope="row">{getStep(step.step).title}</th>
              <td>{step.n}</td>
              <td>{fixed(step.spearman)}</td>
              <td>{fixed(step.kappa)}</td>
              <td>{STATUS_TEXT[step.status]}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <h2>Where they disagree most</h2>
      {worst.length === 0 ? <p className="muted">No interview where the engine&apos;s band and the rating differ.</p> : null}
      {worst.map((step) => (
        <section key={step.step} aria-label={`Disagreements, ${getStep(step.step).title}`}>
          <h3>{getStep(step.step).title}</h3>
          <ul>
            {step.disagreements.map((item) => (
              <li key={item.roomId}>
                Rated {item.rating}, engine {item.engineScore} (band {item.engineBand}), {item.caseSlug}, ended {item.endedAt.slice(0, 10)}:{' '}
                <Link href={replayHref(item.roomId, token)}>replay</Link>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}
