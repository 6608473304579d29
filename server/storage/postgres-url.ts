/**
 * A Postgres connection URL fit for a log line: the password (and any `password` parameter) replaced
 * by `***`. A string that is not a URL is named only by its length, since it may be a secret.
 */
export function redactDatabaseUrl(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = '***';
    if (parsed.searchParams.has('password')) parsed.searchParams.set('password', '***');
    return parsed.toString();
  } catch {
    return `(a DATABASE_URL of ${url.length} characters that is not a URL)`;
  }
}

/**
 * Why a connection failed, in one line: the server's message, or for network errors the code (Node
 * may report a refused `localhost` as an AggregateError of one error per address, with no message).
 */
export function describeConnectError(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const code = (error as { code?: unknown }).code;
  const inner = error instanceof AggregateError ? error.errors.find((item): item is Error => item instanceof Error) : undefined;
  const message = error.message || inner?.message || '';
  const text = [typeof code === 'string' && !message.includes(code) ? code : '', message].filter(Boolean).join(': ');
  return (text || error.name).replace(/\s+/g, ' ').trim();
}
