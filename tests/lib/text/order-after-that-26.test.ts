import { describe, expect, it } from 'vitest';
import { readText } from '../../../lib/text/read-text';
import { readOrder } from '../../../lib/text/sequence';

const spec = { first: ['write the file', 'writes the file'], then: ['send the receipt', 'sends the receipt'] };
const orderOf = (text: string) => readOrder(readText(text), spec)?.order;

// Kind: "A and only after that B" read as B before A (the step right after "after that" taken for the step it refers to).
describe('readOrder: "after that" followed straight by the next step', () => {
  it.each([
    'The service writes the file to S3 and only after that sends the receipt.',
    'We write the file, after that send the receipt to the partner.',
    'It writes the file; after this sends the receipt.',
  ])('reads %j as the right order', (text) => {
    expect(orderOf(text)).toBe('right');
  });

  it.each([
    'We send the receipt after the service writes the file... no: the service sends the receipt and only after that writes the file.',
    'It sends the receipt and only after that writes the file.',
  ])('still reads %j as reversed', (text) => {
    expect(orderOf(text)).toBe('reversed');
  });

  it('"after that write" names the write itself: the receipt is sent after it', () => {
    expect(readOrder(readText('We send the receipt after that write the file step'), { first: ['write the file step'], then: ['send the receipt'] })?.order).toBe('right');
  });
});
