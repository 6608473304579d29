/**
 * JSON with object keys sorted at every level and no whitespace, so two equal values give the same
 * text whatever order their keys were written in (the basis of content hashes). `undefined` members
 * are dropped as JSON.stringify drops them; non-finite numbers are refused, as JSON cannot hold them.
 * Throws a TypeError for values JSON cannot represent (functions, symbols, bigints, cycles).
 */
export function canonicalJson(value: unknown): string {
  const seen = new Set<object>();
  const write = (current: unknown): string | undefined => {
    if (current === null) return 'null';
    switch (typeof current) {
      case 'undefined':
        return undefined;
      case 'boolean':
        return current ? 'true' : 'false';
      case 'string':
        return JSON.stringify(current);
      case 'number':
        if (!Number.isFinite(current)) throw new TypeError(`canonicalJson: ${String(current)} is not a JSON number`);
        return JSON.stringify(current);
      case 'object': {
        if (seen.has(current)) throw new TypeError('canonicalJson: the value contains a cycle');
        seen.add(current);
        let text: string;
        if (Array.isArray(current)) {
          text = `[${current.map((item) => write(item) ?? 'null').join(',')}]`;
        } else {
          const members = Object.keys(current)
            .sort()
            .flatMap((key) => {
              const member = write((current as Record<string, unknown>)[key]);
              return member === undefined ? [] : [`${JSON.stringify(key)}:${member}`];
            });
          text = `{${members.join(',')}}`;
        }
        seen.delete(current);
        return text;
      }
      default:
        throw new TypeError(`canonicalJson: a ${typeof current} is not JSON`);
    }
  };
  return write(value) ?? 'null';
}
