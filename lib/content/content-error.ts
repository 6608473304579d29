import type { z } from 'zod';

/** A problem in a content file, reported as `file: path: message` so a mentor can go straight to it. */
export class ContentError extends Error {
  constructor(
    readonly file: string,
    readonly detail: string,
  ) {
    super(`${file}: ${detail}`);
    this.name = 'ContentError';
  }
}

/** `['steps', 'estimate', 'quantities', 2, 'unit']` -> `steps.estimate.quantities[2].unit`. */
export function formatIssuePath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else {
      const name = String(key);
      const plain = /^[A-Za-z_$][\w$]*$/.test(name);
      out += plain ? (out === '' ? name : `.${name}`) : `[${JSON.stringify(name)}]`;
    }
  }
  return out;
}

/** The first zod issue as `path: message` (the first is enough to fix; the next run shows the next one). */
export function describeFirstIssue(error: z.ZodError): string {
  const issue = error.issues[0];
  if (!issue) return 'invalid content';
  const path = formatIssuePath(issue.path);
  return path === '' ? issue.message : `${path}: ${issue.message}`;
}
