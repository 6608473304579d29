'use client';

import dynamic from 'next/dynamic';
import type { ReportStepRow } from '@/lib/report/report-model';

// recharts is large and only this page draws charts: a lazy chunk keeps it out of every page's
// first load, this one included. Client-only, since the chart measures nothing the server knows.
const ScoreChart = dynamic(() => import('./score-chart').then((module) => module.ScoreChart), {
  ssr: false,
  loading: () => <div className="report-charts report-charts-loading" />,
});

/** The chart with its caption; the caption is what assistive technology reads, the table the numbers. */
export function ReportChart({ steps }: { steps: readonly ReportStepRow[] }) {
  return (
    <figure className="panel report-figure">
      <ScoreChart steps={steps} />
      <figcaption className="muted">
        Chart: the score of each step out of 100, and the minutes spent on each step against its budget. The table above gives the same numbers.
      </figcaption>
    </figure>
  );
}
