import { describe, expect, it } from 'vitest';
import { scoreDeepDivePrompt } from '../../../lib/deep-dive/score-deep-dive';
import { readClaim } from '../../../lib/text/claims';
import { readText } from '../../../lib/text/read-text';
import { promptOf } from './fixtures';

const sales = promptOf('ecommerce-data-platform', 'sales-star-schema');

// Interviewer scores written before the engine ran.
describe('a coarse but honest grain costs the grain point only', () => {
  const perOrder = 'fact_orders holds one row per order: order_id, date_key, customer_key, store_key, order_total, shipping_fee. Dimensions dim_date, dim_customer, dim_product, dim_store. Revenue per day and store is a sum of order_total.';

  it('the dimensions written after their heading without a colon are stated (interviewer: about 40)', () => {
    const scored = scoreDeepDivePrompt(sales, perOrder);
    expect(scored.points.find((point) => point.id === 'dimensions')?.status).toBe('stated');
    expect(scored.points.find((point) => point.id === 'grain')?.status).toBe('contradicted');
    expect((100 * scored.earned) / scored.available).toBeGreaterThanOrEqual(30);
  });

  it('the grain finding says why the order line is the grain', () => {
    const finding = scoreDeepDivePrompt(sales, perOrder).findings.find((item) => item.code.endsWith('.grain'));
    expect(finding?.severity).toBe('wrong');
    expect(finding?.message).toContain('several categories');
  });
});

describe('a heading without its colon reads like one with it', () => {
  const spec = { keywords: ['measures'], assert: [['quantity', 'amount', 'price']] };

  it('"Measures quantity, net_amount, unit_price" states the measures', () => {
    expect(readClaim(readText('Grain is one row per shipment line. Measures quantity, net_amount, unit_price.'), spec).status).toBe('stated');
  });

  it('a bare list of terms stays listed ("Measures, grain, keys")', () => {
    expect(readClaim(readText('One row per shipment line, because each line has its own price. Measures, grain, keys, quantity.'), spec).status).toBe('listed');
  });
});
