import { assertNever } from '../util/assert-never';
import { formatClock } from './format';
import { readDecidingClocks } from './read-deciding-clocks';
import { readYesNo } from './read-answer';
import type { AnswerKey, CheckPart, Match } from './types';

type YesNoKey = Extract<AnswerKey, { kind: 'yes-no' }>;

function format(key: YesNoKey): string {
  const deciding = key.deciding ?? [];
  if (deciding.length === 0) return 'answer yes or no';
  const required = deciding.filter((value) => value.required);
  const example = required.map((value) => `${value.labels[0] ?? value.name} HH:MM`).join(', ');
  return `answer yes or no and give the ${required.map((value) => value.name).join(' and ')} as a clock time, for example "yes, ${example}"`;
}

/**
 * Compares a yes/no answer with its key. When the key has deciding values, the answer is right only
 * when the verdict and every deciding value it gives are right (required ones must be given); each
 * part gets its own verdict in `parts`.
 */
export function matchYesNo(key: YesNoKey, answer: string): Match {
  const verdict = readYesNo(answer, key.yesWords, key.noWords);
  if (verdict === undefined) return { status: 'unreadable', problem: `the answer does not say yes or no, or says both; ${format(key)}` };
  const said = verdict ? 'yes' : 'no';
  const deciding = key.deciding ?? [];
  if (deciding.length === 0) return { status: verdict === key.value ? 'match' : 'mismatch', reading: said };
  const readings = readDecidingClocks(answer, deciding);
  const problems: string[] = [];
  const parts: CheckPart[] = [{ part: 'verdict', correct: verdict === key.value, feedback: verdict === key.value ? `"${said}" is right` : `"${said}" is not right` }];
  const read: string[] = [said];
  for (const value of deciding) {
    const reading = readings.get(value.name) ?? { status: 'missing' };
    switch (reading.status) {
      case 'missing':
        if (value.required) problems.push(`give the ${value.name} too (${format(key)})`);
        break;
      case 'conflict':
        problems.push(`the answer gives ${reading.values.length} different values for the ${value.name} (${reading.values.map(formatClock).join(', ')}); give one`);
        break;
      case 'found': {
        const right = reading.seconds === value.seconds;
        read.push(`${value.name} ${formatClock(reading.seconds)}`);
        parts.push({ part: value.name, correct: right, feedback: right ? `the ${value.name} ${formatClock(reading.seconds)} is right` : `the ${value.name} is ${formatClock(value.seconds)}, not ${formatClock(reading.seconds)}` });
        break;
      }
      default:
        assertNever(reading, 'deciding reading');
    }
  }
  if (problems.length > 0) return { status: 'unreadable', problem: problems.join('; ') };
  const wrong = parts.filter((part) => !part.correct);
  const reading = read.join(', ');
  if (wrong.length === 0) return { status: 'match', reading, parts };
  return { status: 'mismatch', reading, detail: wrong.map((part) => part.feedback).join('; '), parts };
}
