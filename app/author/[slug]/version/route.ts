import { caseFolderVersion, isAuthorPreviewEnabled } from '@/lib/content/author-preview';
import { listCaseSlugs } from '@/lib/content/load-cases';

export const dynamic = 'force-dynamic';

/** The case folder's fingerprint, polled by /author/<slug> to reload its preview on save. */
export async function GET(_request: Request, { params }: { params: Promise<{ slug: string }> }): Promise<Response> {
  const { slug } = await params;
  if (!isAuthorPreviewEnabled(process.env) || !listCaseSlugs().includes(slug)) return new Response('Not found', { status: 404 });
  return Response.json({ version: caseFolderVersion(slug) }, { headers: { 'Cache-Control': 'no-store' } });
}
