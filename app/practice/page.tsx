import type { Metadata } from 'next';
import Link from 'next/link';
import { PracticeStreak, TopicAccuracy } from '@/components/practice/practice-progress';
import { generatorsForTopic } from '@/lib/drills/registry';
import { getAllLessons } from '@/lib/practice/lesson-repository';
import { countOf } from '@/lib/util/wording';

export const metadata: Metadata = { title: 'Practice' };

export default function PracticePage() {
  const lessons = getAllLessons();
  return (
    <div className="page">
      <h1>Practice</h1>
      <p className="lead">
        The components interviewers probe in the deep dive: a lesson each, concept questions with explanations, and drills
        that never run out. Answers are checked instantly and the same way every time.
      </p>
      <PracticeStreak />
      <div className="case-grid">
        {lessons.map((lesson) => (
          <article key={lesson.topic} className="case-card">
            <h2>
              <Link href={`/practice/${lesson.topic}`}>{lesson.frontmatter.title}</Link>
            </h2>
            <p>{lesson.frontmatter.summary}</p>
            <p className="muted">
              {lesson.frontmatter.minutes}-minute lesson · {countOf(lesson.questions.length, 'question')} ·{' '}
              {countOf(generatorsForTopic(lesson.topic).length, 'kind of drill', 'kinds of drill')}
            </p>
            <TopicAccuracy topic={lesson.topic} />
          </article>
        ))}
      </div>
    </div>
  );
}
