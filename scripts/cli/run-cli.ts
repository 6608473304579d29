import { parseArgs } from 'node:util';
import type { ParseArgsConfig } from 'node:util';
import { CliInputError } from '../../lib/cli/cli-error';
import { ContentError } from '../../lib/content/content-error';

/** parseArgs, with its (sometimes multi-line) complaints turned into one-line input errors. */
export function parseCliArgs<T extends ParseArgsConfig>(config: T): ReturnType<typeof parseArgs<T>> {
  try {
    return parseArgs(config);
  } catch (error) {
    throw new CliInputError((error as Error).message.replace(/\s*\n\s*/g, ' '));
  }
}

/**
 * The exit-code contract every command line of ours keeps: 0 when it answered, 2 on bad input with one
 * line on stderr, 1 on a bug (with the stack, so it can be reported).
 */
export function runCli(name: string, main: () => number | Promise<number>): void {
  Promise.resolve()
    .then(main)
    .then(
      (code) => {
        process.exitCode = code;
      },
      (error: unknown) => {
        // A content mistake already reads `file: path: message`.
        if (error instanceof ContentError) {
          process.stderr.write(`${error.message}\n`);
          process.exitCode = 2;
          return;
        }
        if (error instanceof CliInputError) {
          process.stderr.write(`${name}: ${error.message}\n`);
          process.exitCode = 2;
          return;
        }
        process.stderr.write(`${name}: internal error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
        process.exitCode = 1;
      },
    );
}
