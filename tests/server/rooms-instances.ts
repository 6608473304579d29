// Real rooms server processes for the multi-instance tests (tests/server/rooms-process.ts, one per
// port), and a switchable loopback TCP proxy standing in for the one address in front of them.
import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { connect, createServer } from 'node:net';
import type { AddressInfo, Server, Socket } from 'node:net';
import path from 'node:path';

const SCRIPT = path.resolve('tests/server/rooms-process.ts');

/** A free loopback port (it may be taken again before use, which loopback tests accept). */
export async function freePort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const { port } = (probe.address() as AddressInfo) ?? { port: 0 };
  await new Promise((resolve) => probe.close(resolve));
  return port;
}

export type RoomsInstance = { url: string; port: number; child: ChildProcess };

/** Starts a rooms server process on `port` with `env` added (DATABASE_URL, ROOMS_DATA_DIR...); resolves once it is listening. */
export function startInstance(port: number, env: Record<string, string>): Promise<RoomsInstance> {
  // node itself with tsx's loader (not the tsx wrapper), so SIGKILL kills the server and nothing else.
  const child = spawn(process.execPath, ['--import', 'tsx', SCRIPT], { env: { ...process.env, ...env, PORT: String(port) }, stdio: ['ignore', 'pipe', 'inherit'] });
  return new Promise((resolve, reject) => {
    child.stdout?.on('data', (chunk: Buffer) => {
      if (chunk.toString().includes('ready')) resolve({ url: `http://127.0.0.1:${port}`, port, child });
    });
    child.once('exit', (code, signal) => reject(new Error(`rooms process exited with ${code ?? signal}`)));
  });
}

/** Kills a process at once (no graceful close: what a crashed machine does) and waits for it to be gone. */
export function killInstance(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    child.once('exit', () => resolve());
    child.kill('SIGKILL');
  });
}

/**
 * One address for clients: forwards each new TCP connection to the current target port (`point`
 * changes it for the next connections; open ones stay where they are until they break).
 */
export async function startSwitchProxy(target: number): Promise<{ url: string; point: (port: number) => void; close: () => Promise<void> }> {
  let current = target;
  const open = new Set<Socket>();
  const server: Server = createServer((inbound) => {
    const outbound = connect(current, '127.0.0.1');
    for (const socket of [inbound, outbound]) {
      open.add(socket);
      socket.on('close', () => open.delete(socket));
      socket.on('error', () => undefined);
    }
    inbound.pipe(outbound);
    outbound.pipe(inbound);
    inbound.on('close', () => outbound.destroy());
    outbound.on('close', () => inbound.destroy());
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    point: (next) => {
      current = next;
    },
    close: async () => {
      for (const socket of open) socket.destroy();
      await new Promise((resolve) => server.close(resolve));
    },
  };
}
