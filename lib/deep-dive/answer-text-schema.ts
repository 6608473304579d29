import { z } from 'zod';
import { deepDiveAnswerTooLong, MAX_DEEP_DIVE_ANSWER } from './limits';

/**
 * One deep-dive answer as stored in a session and read by `grade deep-dive`: a string of at most MAX_DEEP_DIVE_ANSWER
 * (10,000) characters. The one schema that holds the limit; past it the error says by how much and what to do
 * (`deepDiveAnswerTooLong`).
 */
export const deepDiveAnswerTextSchema = z.string().max(MAX_DEEP_DIVE_ANSWER, {
  error: (issue) => deepDiveAnswerTooLong(typeof issue.input === 'string' ? issue.input.length : MAX_DEEP_DIVE_ANSWER + 1),
});
