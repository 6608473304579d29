// A rooms server without Next, for the kill-and-restart test: PORT and ROOMS_DATA_DIR from the environment.
import { startBareRoomsServer } from '../../server/bare-rooms-server';
import { roomsConfigFromEnv } from '../../server/rooms-runtime';

await startBareRoomsServer({ ...roomsConfigFromEnv(), port: Number(process.env.PORT) });
process.stdout.write('ready\n');
