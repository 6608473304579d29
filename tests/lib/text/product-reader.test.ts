import { describe, expect, it } from 'vitest';
import { namesProductReader } from '@/lib/text/product-reader';

describe('namesProductReader', () => {
  it('reads the business\'s customers, pages and customer-facing tools as the product', () => {
    for (const consumer of ['shoppers (product page)', 'customers', 'marketing automation', 'recommendation engine', 'storefront', 'email platform', 'website']) {
      expect(namesProductReader(consumer), consumer).toBe(true);
    }
  });

  it('reads teams and the case\'s systems as consumers, whatever they are named after', () => {
    for (const consumer of ['customer support team', 'marketing team', 'leadership', 'ops team', 'authorisation switch', 'pricing service', 'data scientists', '', 'not the shoppers', 'Data scientists training recommendation models', 'data scientists for the recommendation engine']) {
      expect(namesProductReader(consumer), consumer).toBe(false);
    }
  });
});
