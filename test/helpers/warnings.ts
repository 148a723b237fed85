/** Runs `fn` while collecting console.warn calls (as text), restoring console.warn afterwards; `target` is the console of a frame's page. */
export async function captureWarnings<T>(fn: () => Promise<T>, target: Console = console): Promise<{ result: T; warnings: string[] }> {
  const warnings: string[] = [];
  const original = target.warn;
  target.warn = (...args: unknown[]) => warnings.push(args.map(String).join(' '));
  try {
    return { result: await fn(), warnings };
  } finally {
    target.warn = original;
  }
}
