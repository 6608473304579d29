import type { Metadata } from 'next';
import type { ReactNode } from 'react';
import { Suspense } from 'react';
import { MdxContent } from '@/components/mdx/mdx-content';
import { candidateRubric } from '@/components/rooms/candidate-rubric';
import type { RoomCase } from '@/components/rooms/room-case';
import { RoomApp } from '@/components/rooms/room-app';
import { getAllCases, getCompiledBrief } from '@/lib/content/case-repository';

export const metadata: Metadata = { title: 'Live room', referrer: 'no-referrer' };

/**
 * A live room. Which case and which role only the connection knows (the token in the link), so the
 * page carries every case's brief and the candidate's part of its rubric; the interviewer's console
 * loads its case's whole rubric itself.
 */
export default async function RoomPage() {
  const contents = getAllCases();
  const cases: Record<string, RoomCase> = {};
  const briefs: Record<string, ReactNode> = {};
  for (const content of contents) {
    cases[content.slug] = { slug: content.slug, title: content.frontmatter.title, durationMinutes: content.frontmatter.durationMinutes, rubric: candidateRubric(content.rubric) };
    briefs[content.slug] = <MdxContent code={await getCompiledBrief(content)} />;
  }
  return (
    <Suspense fallback={<p className="muted">Opening the room…</p>}>
      <RoomApp cases={cases} briefs={briefs} />
    </Suspense>
  );
}
