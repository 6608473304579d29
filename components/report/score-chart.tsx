'use client';

import { Bar, BarChart, CartesianGrid, LabelList, Legend, XAxis, YAxis } from 'recharts';
import type { ReportStepRow } from '@/lib/report/report-model';

// A fixed size, not a responsive container: it has its size at once when printing (no resize pass),
// and two side by side fit the width of an A4 page.
const WIDTH = 340;
const HEIGHT = 230;
const MARGIN = { top: 4, right: 36, bottom: 4, left: 4 };
const TITLE_WIDTH = 118;
// Presentation attributes cannot read CSS variables; these are --accent, --border, --muted and --text.
const ACCENT = '#1f5fbf';
const BUDGET = '#b8bcc6';
const GRID = '#d9dbe0';
const MUTED = '#555a64';
const TEXT = '#1c1d21';
const tick = { fontSize: 12, fill: MUTED };

/**
 * The report's numbers drawn: scores, and minutes spent against each step's budget. Loaded only by
 * the report page, lazily (report-chart.tsx), so recharts never weighs on another page. Hidden from
 * assistive technology: the table above states the same numbers. No animation, so a print or a PDF
 * never catches bars half-grown.
 */
export function ScoreChart({ steps }: { steps: readonly ReportStepRow[] }) {
  const data = steps.map((row) => ({ title: row.title, score: row.score, spent: row.spentMinutes, budget: row.budgetMinutes }));
  return (
    <div className="report-charts" aria-hidden="true">
      <div className="report-chart">
        <p className="report-chart-title">Scores out of 100</p>
        <BarChart width={WIDTH} height={HEIGHT} data={data} layout="vertical" margin={MARGIN} accessibilityLayer={false}>
          <CartesianGrid horizontal={false} stroke={GRID} />
          <XAxis type="number" domain={[0, 100]} ticks={[0, 25, 50, 75, 100]} tick={tick} />
          <YAxis type="category" dataKey="title" width={TITLE_WIDTH} tick={tick} interval={0} />
          <Bar dataKey="score" name="Score" fill={ACCENT} isAnimationActive={false} barSize={18}>
            <LabelList dataKey="score" position="right" fontSize={12} fill={TEXT} />
          </Bar>
        </BarChart>
      </div>
      <div className="report-chart">
        <p className="report-chart-title">Minutes spent against budget</p>
        <BarChart width={WIDTH} height={HEIGHT} data={data} layout="vertical" margin={MARGIN} accessibilityLayer={false}>
          <CartesianGrid horizontal={false} stroke={GRID} />
          <XAxis type="number" allowDecimals={false} tick={tick} />
          <YAxis type="category" dataKey="title" width={TITLE_WIDTH} tick={tick} interval={0} />
          {/* In the order of the bars, with text in the body colour: the light budget grey is not legible as text. */}
          <Legend verticalAlign="top" height={24} itemSorter={null} wrapperStyle={{ fontSize: 12 }} formatter={(value: string) => <span style={{ color: TEXT }}>{value}</span>} />
          <Bar dataKey="spent" name="Spent" fill={ACCENT} isAnimationActive={false} barSize={9} />
          <Bar dataKey="budget" name="Budget" fill={BUDGET} isAnimationActive={false} barSize={9} />
        </BarChart>
      </div>
    </div>
  );
}
