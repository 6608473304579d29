// A rooms server without Next, for the kill-and-restart test: PORT and ROOMS_DATA_DIR from the environment.
import { createServer } from 'node:http';
import { roomsConfigFromEnv, startRooms } from '../../server/rooms-runtime';

const holder: { handle?: Awaited<ReturnType<typeof startRooms>>['handleHttp'] } = {};
const server = createServer((req, res) => {
  void holder.handle?.(req, res).then((handled) => {
    if (!handled) {
      res.writeHead(404);
      res.end();
    }
  });
});
const rooms = await startRooms(server, roomsConfigFromEnv());
holder.handle = rooms.handleHttp;
server.listen(Number(process.env.PORT), '127.0.0.1', () => process.stdout.write('ready\n'));
