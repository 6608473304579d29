import { getCase, getCaseSlugs } from '@/lib/content/case-repository';

export const dynamic = 'force-static';

export function generateStaticParams(): { slug: string }[] {
  return getCaseSlugs().map((slug) => ({ slug }));
}

/** A case's curveball announcement as JSON `{ announcement }`: what a room's candidate reads once the interviewer announces it. */
export async function GET(_request: Request, { params }: { params: Promise<{ slug: string }> }): Promise<Response> {
  const { slug } = await params;
  const curveball = getCase(slug)?.rubric.curveball;
  if (!curveball) return Response.json({ error: 'This case has no curveball.' }, { status: 404 });
  return Response.json({ announcement: curveball.announcement });
}
