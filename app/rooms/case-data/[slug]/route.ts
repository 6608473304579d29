import { getCase, getCaseSlugs } from '@/lib/content/case-repository';
import type { RoomCase } from '@/components/rooms/room-case';

export const dynamic = 'force-static';

export function generateStaticParams(): { slug: string }[] {
  return getCaseSlugs().map((slug) => ({ slug }));
}

/**
 * A case's whole rubric as JSON (`RoomCase`), for a room's interviewer console, which scores the
 * candidate's work in the browser, and for both reports once the interview has ended. The same
 * content every case page already ships; a candidate's page does not ask for it while the interview runs.
 */
export async function GET(_request: Request, { params }: { params: Promise<{ slug: string }> }): Promise<Response> {
  const { slug } = await params;
  const content = getCase(slug);
  if (!content) return Response.json({ error: 'There is no such case.' }, { status: 404 });
  const body: RoomCase = { slug, title: content.frontmatter.title, durationMinutes: content.frontmatter.durationMinutes, rubric: content.rubric };
  return Response.json(body);
}
