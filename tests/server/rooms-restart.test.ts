import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { RoomClient } from '@/lib/rooms/room-client';
import { client, createRoomOver, until } from './rooms-test-server';

const SCRIPT = path.resolve('tests/server/rooms-process.ts');

async function freePort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const { port } = probe.address() as AddressInfo;
  await new Promise((resolve) => probe.close(resolve));
  return port;
}

function startProcess(port: number, dataDir: string): Promise<ChildProcess> {
  // node itself with tsx's loader (not the tsx wrapper), so SIGKILL kills the server and nothing else.
  const child = spawn(process.execPath, ['--import', 'tsx', SCRIPT], { env: { ...process.env, PORT: String(port), ROOMS_DATA_DIR: dataDir }, stdio: ['ignore', 'pipe', 'inherit'] });
  return new Promise((resolve, reject) => {
    child.stdout?.on('data', (chunk: Buffer) => {
      if (chunk.toString().includes('ready')) resolve(child);
    });
    child.once('exit', (code) => reject(new Error(`rooms process exited with ${code}`)));
  });
}

function kill(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    child.once('exit', () => resolve());
    child.kill('SIGKILL');
  });
}

const children: ChildProcess[] = [];
const clients: RoomClient[] = [];
let dir = '';
afterEach(async () => {
  for (const room of clients.splice(0)) room.close();
  for (const child of children.splice(0)) if (child.exitCode === null && child.signalCode === null) await kill(child);
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('rooms: a killed server', () => {
  it('loses nothing acknowledged, and clients resume with their queued edits', async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'rooms-restart-'));
    const port = await freePort();
    const url = `http://127.0.0.1:${port}`;
    children.push(await startProcess(port, dir));
    const room = await createRoomOver(url);
    const interviewer = client(url, room.roomId, room.tokens.interviewer);
    const candidate = client(url, room.roomId, room.tokens.candidate);
    clients.push(interviewer, candidate);
    await until(() => interviewer.getView().status === 'online' && candidate.getView().status === 'online', 10_000, 'online');

    await interviewer.send({ type: 'clock:start' });
    const acked = await Promise.all([
      ...Array.from({ length: 30 }, (_, index) => candidate.send({ type: 'scene:update', elements: [{ id: `box-${index}`, version: 1, versionNonce: index, index: `a${String(index).padStart(2, '0')}` }] })),
      candidate.send({ type: 'question:ask', text: 'How many orders per day?' }),
      candidate.send({ type: 'work:set', set: { field: 'notes', step: 'estimate', value: '2M orders a day' } }),
    ]);
    expect(acked).toHaveLength(32);

    await kill(children[0]!);
    await until(() => candidate.getView().status === 'offline', 10_000, 'offline');
    // The candidate keeps working offline: the edits wait in the queue and show in their own view.
    const queued = [
      candidate.send({ type: 'work:set', set: { field: 'entities', value: 'order, customer, product' } }),
      candidate.send({ type: 'scene:update', elements: [{ id: 'box-0', version: 2, versionNonce: 5, index: 'a00', label: 'Kafka' }] }),
    ];
    expect(candidate.getView().pending).toBe(2);
    expect(candidate.getView().state?.work.answers.clarify.entities).toBe('order, customer, product');

    children.push(await startProcess(port, dir));
    const resumed = await Promise.all(queued);
    // Each queued edit is its own event, sent to the interviewer in its own frame: wait for the log position of
    // the last one, not for the first edit to show (the scene edit may still be on the wire).
    const lastSeq = Math.max(...resumed.map((ack) => ack.seq));
    await until(() => interviewer.getView().seq >= lastSeq && candidate.getView().seq >= lastSeq, 10_000, 'queued edits at both clients');
    expect(interviewer.getView().state?.work.answers.clarify.entities).toBe('order, customer, product');
    const state = interviewer.getView().state!;
    expect(state.scene.elements).toHaveLength(30);
    expect(state.scene.elements.find((element) => element.id === 'box-0')).toMatchObject({ version: 2, label: 'Kafka' });
    expect(state.questions.map((question) => question.text)).toEqual(['How many orders per day?']);
    expect(state.work.notes.estimate).toBe('2M orders a day');
    expect(state.status).toBe('running');
    expect(candidate.getView().state).toEqual({ ...state, questions: state.questions.map(({ suggested: _s, ...rest }) => rest), curveball: {} });
    // Two server start-ups, each loading the case content (about 20 s apiece on a loaded 2-core machine).
  }, 240_000);
});
