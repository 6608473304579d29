import { readFileSync, statSync } from 'node:fs';
import { CliInputError } from '../../lib/cli/cli-error';
import { ContentError, describeFirstIssue } from '../../lib/content/content-error';
import type { z } from 'zod';
import { listCaseSlugs, loadCase } from '../../lib/content/load-cases';
import type { CaseContent } from '../../lib/content/parse-case-files';

const MAX_INPUT_BYTES = 20 * 1024 * 1024;

function checkInputFile(file: string | undefined, what: string): string {
  if (!file) throw new CliInputError(`missing ${what} file`);
  let size: number;
  try {
    size = statSync(file).size;
  } catch {
    throw new CliInputError(`${file}: no such file`);
  }
  if (size > MAX_INPUT_BYTES) throw new CliInputError(`${file}: file is ${(size / 1024 / 1024).toFixed(1)} MB, over the 20 MB limit`);
  return file;
}

/** `--file -` reads standard input: the way to pass input too long for a command line (about 100 KB with npm). */
export const STDIN_FILE = '-';

function readStdin(what: string): Buffer {
  const bytes = readFileSync(0);
  if (bytes.byteLength > MAX_INPUT_BYTES) throw new CliInputError(`stdin: ${what} is ${(bytes.byteLength / 1024 / 1024).toFixed(1)} MB, over the 20 MB limit`);
  return bytes;
}

export function readInputFile(file: string | undefined, what: string): string {
  if (file === STDIN_FILE) return readStdin(what).toString('utf8');
  return readFileSync(checkInputFile(file, what), 'utf8');
}

/** The file's raw bytes, for inputs that may be binary (a PNG with an embedded scene). */
export function readInputBytes(file: string | undefined, what: string): Uint8Array {
  if (file === STDIN_FILE) return new Uint8Array(readStdin(what));
  return new Uint8Array(readFileSync(checkInputFile(file, what)));
}

export function readJsonFile(file: string | undefined, what: string): unknown {
  const text = readInputFile(file, what);
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    throw new CliInputError(`${file}: not valid JSON (${(error as Error).message})`);
  }
}

export function requireCase(slug: string | undefined): CaseContent {
  if (!slug) throw new CliInputError('missing --case <slug>');
  if (!listCaseSlugs().includes(slug)) throw new CliInputError(`unknown case "${slug}" (cases: ${listCaseSlugs().join(', ')})`);
  try {
    return loadCase(slug);
  } catch (error) {
    if (error instanceof ContentError) throw new CliInputError(error.message);
    throw error;
  }
}

/** Reads a JSON file and checks it against a schema: the parsed value, or one line naming the file and path. */
export function readValidatedJson<T extends z.ZodType>(file: string | undefined, what: string, schema: T): z.infer<T> {
  const parsed = schema.safeParse(readJsonFile(file, what));
  if (!parsed.success) throw new CliInputError(`${file}: ${describeFirstIssue(parsed.error)}`);
  return parsed.data;
}
