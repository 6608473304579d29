/** Bad input from the person running a command: exit 2 with one line naming what is wrong. */
export class CliInputError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'CliInputError';
  }
}
