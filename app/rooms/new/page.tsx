import type { Metadata } from 'next';
import { NewRoomForm } from '@/components/rooms/new-room-form';
import { getAllCases } from '@/lib/content/case-repository';

export const metadata: Metadata = { title: 'Open a room' };

/** `/rooms/new`: pick a case and a length, and get the interviewer's, the candidate's and an observer's link. */
export default function NewRoomPage() {
  const cases = getAllCases().map((content) => ({ slug: content.slug, title: content.frontmatter.title, durationMinutes: content.frontmatter.durationMinutes }));
  return (
    <div className="page page-narrow">
      <h1>Open a room</h1>
      <p className="lead">
        A live mock interview with a colleague: one of you interviews with the case&apos;s facts, the engines&apos; scores and a rating form; the other works
        through the five steps. The links are the only key, so share each with its person only.
      </p>
      <NewRoomForm cases={cases} />
    </div>
  );
}
