/**
 * A stable function whose target can change: hooks hand `call` to long-lived objects (a store, a
 * canvas bridge) and `point` it at the newest callback after each render.
 */
export function createRelay<Args extends unknown[]>(): { point: (target: ((...args: Args) => void) | undefined) => void; call: (...args: Args) => void } {
  let target: ((...args: Args) => void) | undefined;
  return {
    point: (next) => {
      target = next;
    },
    call: (...args) => target?.(...args),
  };
}
