import { describe, expect, it } from 'vitest';
import { loadLesson } from '../../../lib/practice/load-lessons';
import type { ShortQuestion } from '../../../lib/practice/question-schema';
import { scoreQuestion } from '../../../lib/practice/score-question';

// Round-24 kind "compaction to a target that is still small files" (1 MB): a number the point's range rules out keeps at
// most half the point. Own inputs; each interviewer score was written before the engine ran.
const question = loadLesson('object-storage').questions.find((item) => item.id === 'small-files') as ShortQuestion;
const score = (text: string) => scoreQuestion(question, { text });

describe('small files: the size compaction aims at', () => {
  it('"merges them into 200 KB files" keeps half the compaction point and says why (interviewer: 45)', () => {
    const got = score('Too many files: the engine lists, opens and reads the metadata of every one, so queries slow down. Compaction merges them into 200 KB files.');
    expect(got.score).toBeLessThanOrEqual(55);
    expect(got.findings.some((item) => item.message.includes('"200 KB"') && item.message.includes('128 MB'))).toBe(true);
  });

  it('files of about 4 MB with a longer trigger: the compaction half is lost (interviewer: 65; the engine gives 83, the trigger point is right)', () => {
    const got = score('Each tiny file costs a listing entry, an open and a footer read, so planning dominates the query. Run OPTIMIZE nightly to bin-pack each partition into files of about 4 MB, and raise the trigger to one minute so the job writes fewer files.');
    expect(got.score).toBeLessThanOrEqual(85);
    expect(got.findings.some((item) => item.message.includes('"4 MB"'))).toBe(true);
  });

  it('files of about 512 MB (interviewer: 95) and no size at all (interviewer: 90) are not hurt', () => {
    expect(score('Each tiny file costs a listing entry, an open and a footer read, so planning dominates the query. Compact with rewrite_data_files into files of about 512 MB, and raise the trigger to five minutes so the job writes fewer files.').score).toBeGreaterThanOrEqual(80);
    expect(score('Each tiny file costs a listing entry, an open and a footer read, so planning dominates the query. Compact them regularly with OPTIMIZE into bigger files, and raise the trigger interval so the job writes fewer files.').score).toBeGreaterThanOrEqual(80);
  });
});
