import { afterEach, describe, expect, it, vi } from 'vitest';
import { fetchRoomExport, roomExportFileName } from '../../../components/rooms/export-room';

/** A fetch that answers `status` with `body` and records what it was asked. */
function answering(status: number, body: string) {
  const calls: { url: string; init: RequestInit | undefined }[] = [];
  vi.stubGlobal('fetch', async (url: string, init?: RequestInit) => {
    calls.push({ url, init });
    return new Response(body, { status });
  });
  return calls;
}

afterEach(() => vi.unstubAllGlobals());

describe('the interviewer console export', () => {
  it("asks the export route with the interviewer's token and gives back the file's text", async () => {
    const calls = answering(200, '{"format":"sdt-room-export"}');
    expect(await fetchRoomExport('room/1 x', 'tok-123')).toBe('{"format":"sdt-room-export"}');
    expect(calls).toHaveLength(1);
    expect(calls[0]?.url).toBe('/api/rooms/room%2F1%20x/export');
    expect(new Headers(calls[0]?.init?.headers).get('authorization')).toBe('Bearer tok-123');
    expect(calls[0]?.init?.cache).toBe('no-store');
  });

  it('refuses with the status when the server says no (wrong token, missing room, rate limit)', async () => {
    for (const status of [404, 429, 500]) {
      answering(status, '{"error":"There is no such room."}');
      await expect(fetchRoomExport('abc', 'tok')).rejects.toThrow(`The server answered ${status}.`);
    }
  });

  it('names the file as the route does', () => {
    expect(roomExportFileName('AbC_123-xyz')).toBe('room-AbC_123-xyz.json');
  });
});
