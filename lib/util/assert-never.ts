/** Makes a switch exhaustive: adding a member to a union turns every unhandled switch into a type error. */
export function assertNever(value: never, what = 'value'): never {
  throw new Error(`Unexpected ${what}: ${JSON.stringify(value)}`);
}
