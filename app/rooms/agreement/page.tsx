import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { AgreementView } from '@/components/rooms/agreement-view';
import { isRoomsAdmin, roomsAdminTokenHash } from '@/lib/rooms/rooms-admin';

export const metadata: Metadata = { title: 'Engine and interviewer agreement', referrer: 'no-referrer', robots: { index: false } };
export const dynamic = 'force-dynamic';

/**
 * For the team: how far the engine's step scores agree with the interviewers' ratings over every
 * finished, rated room (the `rooms agreement` report). Exists only when ROOMS_ADMIN_TOKEN is set and
 * the page is asked with ?t=<that token>; otherwise it is a 404 like any unknown page.
 */
export default async function AgreementPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const { t } = await searchParams;
  const token = typeof t === 'string' ? t : '';
  if (!isRoomsAdmin(token, roomsAdminTokenHash())) notFound();
  return <AgreementView token={token} />;
}
