import { getCase } from '@/lib/content/case-repository';
import { gradePromptRequest } from '@/lib/review/prompt-grade-request';

/** A grading request is an answer of at most 10,000 characters and its follow-ups: far below this. */
const MAX_BODY_BYTES = 256 * 1024;

/**
 * `POST /api/review/prompt` `{ caseSlug, promptId, answer, followUp }` -> 200 PromptInterview (lib/deep-dive/follow-ups.ts):
 * a review card's deep-dive answer graded with the case's whole rubric, which stays here instead of going to the
 * browser (~60 KB a case). 400 `{ error }` for a body that is not such a request, 404 for an unknown case or prompt,
 * 413 past 256 KiB.
 */
export async function POST(request: Request): Promise<Response> {
  if (Number(request.headers.get('content-length') ?? 0) > MAX_BODY_BYTES) return Response.json({ error: 'The request is too large.' }, { status: 413 });
  const text = await request.text();
  if (text.length > MAX_BODY_BYTES) return Response.json({ error: 'The request is too large.' }, { status: 413 });
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    return Response.json({ error: 'The request is not JSON.' }, { status: 400 });
  }
  const outcome = gradePromptRequest(body, (slug) => {
    const content = getCase(slug);
    return content ? { prompts: content.rubric.steps['deep-dive'].prompts, rubric: content.rubric } : undefined;
  });
  if (!outcome.ok) return Response.json({ error: outcome.error }, { status: outcome.status });
  return Response.json(outcome.state);
}
