// The app's one process: Next's pages and route handlers plus the rooms (HTTP API and socket.io) on one
// port. `npm start` (after `npm run build`) and `npm run app` run it; `--dev` runs Next in dev mode.
// Environment: PORT (3000), HOST (0.0.0.0 so a colleague on the LAN can join; 127.0.0.1 for this
// machine only), ROOMS_DATA_DIR (./data/rooms), ROOM_TTL_DAYS (14), DATABASE_URL (rooms in Postgres; several instances of this
// server may then share it behind one address, WebSocket only, no sticky sessions: server/rooms-cluster.ts).
import { NODE_ENV_MODE } from './set-node-env';
import { createServer } from 'node:http';
import next from 'next';
import { roomsConfigFromEnv, startRooms } from './rooms-runtime';
import { describeRoomStore, openRoomStore } from './storage/open-room-store';
import { ALLOWED_METHODS, isForbiddenFetchMethod } from '../lib/http/security-headers';

async function main(): Promise<void> {
  const dev = NODE_ENV_MODE === 'development';
  const port = Number(process.env.PORT ?? 3000);
  const hostname = process.env.HOST ?? '0.0.0.0';
  if (!Number.isInteger(port) || port <= 0 || port > 65_535) throw new Error(`PORT must be a port number, not "${process.env.PORT}".`);
  const config = roomsConfigFromEnv();
  // The store first: an unreachable DATABASE_URL stops the start in one line, before Next loads.
  const store = await openRoomStore(config, { log: (line) => console.error(line) });

  const app = next({ dev, hostname, port });
  const handle = app.getRequestHandler();
  await app.prepare();

  // The request listener goes on before socket.io attaches (engine.io wraps the listeners it finds).
  const roomsApi: { handle?: (req: Parameters<typeof handle>[0], res: Parameters<typeof handle>[1]) => Promise<boolean> } = {};
  const server = createServer((req, res) => {
    // CONNECT, TRACE and TRACK cannot become a fetch Request, so Next would answer them with a 500.
    if (isForbiddenFetchMethod(req.method)) {
      res.writeHead(405, { Allow: ALLOWED_METHODS.join(', ') });
      res.end();
      return;
    }
    const rooms = roomsApi.handle ? roomsApi.handle(req, res) : Promise.resolve(false);
    rooms
      .then((handled) => (handled ? undefined : handle(req, res)))
      .catch((error: unknown) => {
        console.error(error);
        if (!res.headersSent) res.writeHead(500);
        res.end();
      });
  });
  const rooms = await startRooms(server, { ...config, store, log: (line) => console.error(line) });
  roomsApi.handle = rooms.handleHttp;
  // socket.io takes the upgrades on /socket.io; Next takes the others (its dev server's hot reload).
  const upgrade = app.getUpgradeHandler();
  server.on('upgrade', (req, socket, head) => {
    if (!(req.url ?? '').startsWith('/socket.io')) void upgrade(req, socket, head);
  });

  server.listen(port, hostname, () => {
    console.log(`System Design Trainer on http://${hostname === '0.0.0.0' ? 'localhost' : hostname}:${port} (rooms in ${describeRoomStore(config)}, kept ${config.ttlDays} days)`);
  });

  const stop = (signal: string) => {
    console.log(`${signal}: closing rooms`);
    void rooms.close().finally(() => process.exit(0));
  };
  process.once('SIGINT', () => stop('SIGINT'));
  process.once('SIGTERM', () => stop('SIGTERM'));
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
