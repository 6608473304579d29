import type { Metadata } from 'next';
import { ReviewSession } from '@/components/review/review-session';
import { ReviewStallGate } from '@/components/review/review-stall-gate';
import type { ReviewContent } from '@/components/review/review-content';
import { getAllCases } from '@/lib/content/case-repository';
import { getAllLessons } from '@/lib/practice/lesson-repository';

export const metadata: Metadata = { title: 'Review' };

/** Only what a review can show: each topic's questions and each case's deep-dive prompts, not whole rubrics. */
function reviewContent(): ReviewContent {
  return {
    topics: getAllLessons().map((lesson) => ({ topic: lesson.topic, title: lesson.frontmatter.title, questions: lesson.questions })),
    prompts: getAllCases().flatMap((content) => content.rubric.steps['deep-dive'].prompts.map((prompt) => ({ caseSlug: content.slug, caseTitle: content.frontmatter.title, prompt }))),
  };
}

export default function ReviewPage() {
  return (
    <div className="page page-narrow">
      <h1>Review</h1>
      <p className="lead">
        Questions you missed and drills you failed come back here, spaced out: soon after a miss, then further apart each time
        you get them right.
      </p>
      <ReviewSession content={reviewContent()} />
      <ReviewStallGate />
    </div>
  );
}
