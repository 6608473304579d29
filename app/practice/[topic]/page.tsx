import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { MdxContent } from '@/components/mdx/mdx-content';
import { DrillRunner } from '@/components/practice/drill-runner';
import { TopicAccuracy } from '@/components/practice/practice-progress';
import { QuestionCard } from '@/components/practice/question-card';
import { MarkdownView } from '@/components/step/markdown-view';
import { generatorsForTopic } from '@/lib/drills/registry';
import { ReviewStallGate } from '@/components/review/review-stall-gate';
import { getCompiledLesson, getLesson } from '@/lib/practice/lesson-repository';
import { listLessonTopics } from '@/lib/practice/load-lessons';

type Params = { topic: string };

export const dynamicParams = false;

export function generateStaticParams(): Params[] {
  return listLessonTopics().map((topic) => ({ topic }));
}

export async function generateMetadata({ params }: { params: Promise<Params> }): Promise<Metadata> {
  const lesson = getLesson((await params).topic);
  return lesson ? { title: lesson.frontmatter.title, description: lesson.frontmatter.summary } : {};
}

export default async function TopicPage({ params }: { params: Promise<Params> }) {
  const { topic } = await params;
  const lesson = getLesson(topic);
  if (!lesson) notFound();
  const code = await getCompiledLesson(lesson);
  // The drills' code loads in the browser only when the learner starts one; the first is rendered here.
  const generators = generatorsForTopic(lesson.topic);
  const first = generators[0]?.generate(1);
  return (
    <div className="page page-narrow">
      <p className="breadcrumb">
        <Link href="/practice">Practice</Link> / {lesson.frontmatter.title}
      </p>
      <h1>{lesson.frontmatter.title}</h1>
      <TopicAccuracy topic={topic} />
      <nav aria-label="On this page" className="toc">
        <a href="#lesson">Lesson</a> · <a href="#questions">Questions</a> · <a href="#drills">Drills</a>
      </nav>
      <section id="lesson" aria-label="Lesson">
        <MdxContent code={code} />
      </section>
      <section id="questions" aria-labelledby="questions-heading">
        <h2 id="questions-heading">Questions</h2>
        {lesson.questions.map((question, index) => (
          <QuestionCard key={question.id} question={question} topic={topic} number={index + 1} />
        ))}
      </section>
      <section id="drills" aria-labelledby="drills-heading">
        <h2 id="drills-heading">Drills</h2>
        <DrillRunner
          topic={lesson.topic}
          kinds={generators.map((generator) => ({ id: generator.id, title: generator.title }))}
          firstPrompt={first ? <MarkdownView source={first.prompt} /> : null}
        />
      </section>
      <ReviewStallGate />
    </div>
  );
}
