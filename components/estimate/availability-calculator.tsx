'use client';

import { useId, useState } from 'react';
import type { AvailabilityPeriod } from '@/lib/estimate/availability';
import { availabilityForDowntime, composeAvailability, downtimeTable } from '@/lib/estimate/availability-report';
import type { DowntimeUnit } from '@/lib/estimate/availability-report';

const PERIODS: AvailabilityPeriod[] = ['year', 'month', 'week', 'day'];
const UNITS: DowntimeUnit[] = ['minutes', 'hours', 'days'];

/**
 * The availability calculator inside the estimate step's "Availability helper" panel: percentage to downtime
 * and back (lib/estimate/availability-report.ts), and composition of components in a chain or as copies.
 * Loaded only once the learner opens the panel (availability-helper.tsx).
 */
export function AvailabilityCalculator() {
  const id = useId();
  const [target, setTarget] = useState('99.9%');
  const [amount, setAmount] = useState('');
  const [unit, setUnit] = useState<DowntimeUnit>('hours');
  const [period, setPeriod] = useState<AvailabilityPeriod>('year');
  const [components, setComponents] = useState('99.9% 99.95% 99.9%');

  const table = downtimeTable(target);
  const back = amount.trim() === '' ? undefined : availabilityForDowntime(amount, unit, period);
  const composed = components.trim() === '' ? undefined : composeAvailability(components);

  return (
    <div className="helper-grid">
      <div>
        <label htmlFor={`${id}-target`}>Availability</label>
        <input id={`${id}-target`} value={target} onChange={(event) => setTarget(event.target.value)} aria-describedby={`${id}-table`} />
        <div id={`${id}-table`} aria-live="polite">
          {'error' in table ? (
            <p className="worksheet-error">{table.error}</p>
          ) : table.rows.length > 0 ? (
            <table className="downtime-table">
              <caption className="visually-hidden">Downtime allowed</caption>
              <tbody>
                {table.rows.map((row) => (
                  <tr key={row.period}>
                    <th scope="row">per {row.period}</th>
                    <td>{row.downtime}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          ) : null}
        </div>
      </div>
      <div>
        <fieldset>
          <legend>Downtime to availability</legend>
          <div className="inline-fields">
            <label className="visually-hidden" htmlFor={`${id}-amount`}>
              Downtime
            </label>
            <input id={`${id}-amount`} inputMode="decimal" value={amount} onChange={(event) => setAmount(event.target.value)} placeholder="8.76" />
            <label className="visually-hidden" htmlFor={`${id}-unit`}>
              Unit
            </label>
            <select id={`${id}-unit`} value={unit} onChange={(event) => setUnit(event.target.value as DowntimeUnit)}>
              {UNITS.map((name) => (
                <option key={name}>{name}</option>
              ))}
            </select>
            <label htmlFor={`${id}-period`}>per</label>
            <select id={`${id}-period`} value={period} onChange={(event) => setPeriod(event.target.value as AvailabilityPeriod)}>
              {PERIODS.map((name) => (
                <option key={name}>{name}</option>
              ))}
            </select>
          </div>
          <output aria-live="polite">{back === undefined ? '' : typeof back === 'string' ? `= ${back}` : back.error}</output>
        </fieldset>
      </div>
      <div>
        <label htmlFor={`${id}-parts`}>Components (availabilities, separated by spaces)</label>
        <input id={`${id}-parts`} value={components} onChange={(event) => setComponents(event.target.value)} />
        <output aria-live="polite">
          {composed === undefined
            ? ''
            : 'error' in composed
              ? composed.error
              : `In a chain, where every one must be up: ${composed.serial} (${composed.serialDowntime} of downtime a year). As ${composed.count} redundant copies, where any one up is enough: ${composed.parallel} (${composed.parallelDowntime} a year), if they fail independently; what the copies share (a deploy, the network, the region) fails them together first.`}
        </output>
      </div>
    </div>
  );
}
