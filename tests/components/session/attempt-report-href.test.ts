import { describe, expect, it } from 'vitest';
import { ATTEMPT_PARAM, attemptReportHref } from '../../../components/session/attempt-report-href';

describe('attemptReportHref', () => {
  it('links the current attempt to the plain report', () => {
    expect(attemptReportHref('ride-hailing', 'ride-hailing-abc', true)).toBe('/cases/ride-hailing/report');
  });

  it('names any other attempt in the address, so opening it does not make it current', () => {
    const href = attemptReportHref('card-payments', 'card-payments-2026-11-30', false);
    expect(href).toBe('/cases/card-payments/report?attempt=card-payments-2026-11-30');
    expect(new URL(href, 'http://localhost').searchParams.get(ATTEMPT_PARAM)).toBe('card-payments-2026-11-30');
  });

  it('escapes ids and slugs that are not plain words', () => {
    const href = attemptReportHref('iot telemetry', 'a&b=c/d', false);
    const url = new URL(href, 'http://localhost');
    expect(url.pathname).toBe('/cases/iot%20telemetry/report');
    expect(url.searchParams.get(ATTEMPT_PARAM)).toBe('a&b=c/d');
  });
});
