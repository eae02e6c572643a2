import { performFileWork, type FileWorkMessage, type FileWorkRequest, type FileWorkResults } from './fileWork';

/** Starts one piece of file work; `stop` abandons it (a worker is terminated at once). */
export type FileWorkStarter = (request: FileWorkRequest, onMessage: (message: FileWorkMessage) => void) => { stop: () => void };

/** What the caller hears while the work runs, and how it cancels it. */
export interface FileWorkOptions {
  signal?: AbortSignal;
  onProgress?: (stage: string, fraction: number | null) => void;
}

/**
 * The same work on the calling thread: for unit tests (jsdom has no Worker) and as a fallback. It
 * starts on the next microtask, as a worker would, so the caller has its handle before any message.
 */
export const inThreadStarter: FileWorkStarter = (request, onMessage) => {
  let isStopped = false;
  queueMicrotask(() => {
    if (isStopped) return;
    void performFileWork(request, (message) => {
      if (!isStopped) onMessage(message);
    });
  });
  return {
    stop: () => {
      isStopped = true;
    },
  };
};

/**
 * The work in a module worker, so a 60 MB file never freezes the page. If the worker cannot start
 * at all (an error before its first message), the work falls back to this thread: slower to
 * watch, but the file is still read. The bytes are copied, not transferred, so that fallback has them.
 */
export const workerStarter: FileWorkStarter = (request, onMessage) => {
  const worker = new Worker(new URL('./fileWork.worker.ts', import.meta.url), { type: 'module' });
  let hasAnswered = false;
  let fallback: { stop: () => void } | null = null;
  worker.addEventListener('message', (event: MessageEvent<FileWorkMessage>) => {
    hasAnswered = true;
    onMessage(event.data);
  });
  worker.addEventListener('error', (event) => {
    event.preventDefault();
    worker.terminate();
    if (!hasAnswered) fallback = inThreadStarter(request, onMessage);
    else onMessage({ type: 'failed', name: /RangeError|memory/i.test(event.message) ? 'RangeError' : 'Error', message: event.message });
  });
  worker.addEventListener('messageerror', () => onMessage({ type: 'failed', name: 'DataCloneError', message: '' }));
  worker.postMessage(request);
  return {
    stop: () => {
      worker.terminate();
      fallback?.stop();
    },
  };
};

const defaultStarter: FileWorkStarter = typeof Worker === 'function' ? workerStarter : inThreadStarter;

/** Appends a part's items to the array at `path` inside `result`. */
function appendPart(result: unknown, path: readonly string[], items: readonly unknown[]): void {
  let target: unknown = result;
  for (const key of path) {
    target = typeof target === 'object' && target !== null ? (target as Record<string, unknown>)[key] : undefined;
  }
  if (Array.isArray(target)) {
    for (const item of items) target.push(item);
  }
}

/**
 * Runs `request` off the page's thread and resolves to its result, put back together from its
 * parts. Progress goes to `onProgress`; aborting `signal` stops the work and rejects with an
 * AbortError. A failure inside the work rejects with an error of the same name, so
 * `describeFailure` can put it in words.
 */
export function runFileWork<Kind extends FileWorkRequest['kind']>(
  request: Extract<FileWorkRequest, { kind: Kind }>,
  options: FileWorkOptions = {},
  start: FileWorkStarter = defaultStarter,
): Promise<FileWorkResults[Kind]> {
  const { signal, onProgress } = options;
  return new Promise((resolve, reject) => {
    if (signal?.aborted) {
      reject(new DOMException('The work was cancelled.', 'AbortError'));
      return;
    }
    const parts: { path: string[]; items: unknown[] }[] = [];
    const onAbort = () => {
      running.stop();
      reject(new DOMException('The work was cancelled.', 'AbortError'));
    };
    const running = start(request, (message) => {
      if (message.type === 'progress') onProgress?.(message.stage, message.fraction);
      else if (message.type === 'part') parts.push(message);
      else {
        signal?.removeEventListener('abort', onAbort);
        running.stop();
        if (message.type === 'failed') {
          reject(Object.assign(new Error(message.message), { name: message.name }));
          return;
        }
        for (const part of parts) appendPart(message.result, part.path, part.items);
        // The worker's own code shaped the result; only its long arrays were sent apart.
        resolve(message.result as FileWorkResults[Kind]);
      }
    });
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}
