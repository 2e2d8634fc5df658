/**
 * The console, as a host's developer reads it: bad data is reported with one `console.error`
 * naming the field. These helpers record it instead of printing it.
 */

export interface ConsoleCapture {
  /** The arguments of every call, in order. */
  readonly calls: unknown[][];
  restore(): void;
}

/** Replaces `console[method]` until `restore()` and records its calls. */
export function captureConsole(method: 'error' | 'warn'): ConsoleCapture {
  const original = console[method];
  const calls: unknown[][] = [];
  console[method] = (...args: unknown[]) => {
    calls.push(args);
  };
  return {
    calls,
    restore() {
      console[method] = original;
    },
  };
}

/**
 * Runs `make` while recording `console[method]`, and gives back its value with the calls. The
 * console is restored also when `make` fails.
 */
export async function logging<T>(
  make: () => Promise<T> | T,
  method: 'error' | 'warn' = 'error',
): Promise<{ value: T; calls: unknown[][] }> {
  const capture = captureConsole(method);
  try {
    return { value: await make(), calls: capture.calls };
  } finally {
    capture.restore();
  }
}
