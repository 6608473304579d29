import { describe, expect, it } from 'vitest';
import { joinsTwoNames } from '../../../lib/text/joined-names';

describe('joinsTwoNames', () => {
  it('reads a plus or an ampersand between two names', () => {
    expect(joinsTwoNames('Redshift + QuickSight (by 07:00)')).toBe(true);
    expect(joinsTwoNames('MWAA&Glue')).toBe(true);
  });

  it('does not read a note in brackets, a slash list, a word or a lone name', () => {
    expect(joinsTwoNames('Kafka (+ schema registry)')).toBe(false);
    expect(joinsTwoNames('Visa / Mastercard')).toBe(false);
    expect(joinsTwoNames('Spark job and Airflow')).toBe(false);
    expect(joinsTwoNames('Pricing service')).toBe(false);
    expect(joinsTwoNames('C++ service')).toBe(false);
  });
});
