import { createServer } from 'node:http';
import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { startRooms } from './rooms-runtime';
import type { RoomsRuntime } from './rooms-runtime';

type StartRoomsOptions = Parameters<typeof startRooms>[1];

/**
 * The rooms alone on a plain HTTP server (no Next): for the tests, the kill-and-restart process and
 * the bench. `extra` may answer other requests (the bench's memory probe); the rest get 404.
 * Listens on `port` (0: any free one) and resolves with the URL once listening.
 */
export async function startBareRoomsServer(
  options: StartRoomsOptions & { port?: number; host?: string; extra?: (req: IncomingMessage, res: ServerResponse) => boolean },
): Promise<{ url: string; port: number; server: Server; runtime: RoomsRuntime }> {
  const holder: { runtime?: RoomsRuntime } = {};
  const server = createServer((req, res) => {
    if (options.extra?.(req, res)) return;
    void holder.runtime?.handleHttp(req, res).then((handled) => {
      if (!handled) {
        res.writeHead(404);
        res.end();
      }
    });
  });
  const runtime = await startRooms(server, options);
  holder.runtime = runtime;
  const host = options.host ?? '127.0.0.1';
  await new Promise<void>((resolve) => server.listen(options.port ?? 0, host, resolve));
  const { port } = server.address() as AddressInfo;
  return { url: `http://${host}:${port}`, port, server, runtime };
}
