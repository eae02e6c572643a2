import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { performFileWork, type FileWorkMessage, type FileWorkRequest } from '../../../src-renderer/src/workers/fileWork';
import { prepareFileWorker, runFileWork, workerStarter } from '../../../src-renderer/src/workers/fileWorkClient';

/**
 * A stand-in for a module worker: it runs the real file work when given a request, as the worker
 * script does, and can fail to start as a worker whose script does not load.
 */
class FakeWorker {
  static made: FakeWorker[] = [];
  readonly listeners = new Map<string, ((event: unknown) => void)[]>();
  readonly requests: FileWorkRequest[] = [];
  isTerminated = false;

  constructor() {
    FakeWorker.made.push(this);
  }

  addEventListener(type: string, listener: (event: unknown) => void) {
    this.listeners.set(type, [...(this.listeners.get(type) ?? []), listener]);
  }

  postMessage(request: FileWorkRequest) {
    this.requests.push(request);
    void performFileWork(request, (message: FileWorkMessage) => {
      if (!this.isTerminated) this.emit('message', { data: message });
    });
  }

  terminate() {
    this.isTerminated = true;
  }

  emit(type: string, event: unknown) {
    for (const listener of this.listeners.get(type) ?? []) listener(event);
  }

  failToStart() {
    this.emit('error', { message: 'Failed to load the worker script', preventDefault: () => {} });
  }
}

const request = { kind: 'check-backup', text: 'not a backup' } as const;

describe('a file worker started ahead of its work', () => {
  beforeEach(() => {
    FakeWorker.made = [];
    vi.stubGlobal('Worker', FakeWorker);
  });
  afterEach(() => {
    vi.useRealTimers();
    vi.unstubAllGlobals();
  });

  it('is the one the next work runs in, so no second worker has to load', async () => {
    prepareFileWorker();
    prepareFileWorker();
    expect(FakeWorker.made).toHaveLength(1);
    const result = await runFileWork(request, {}, workerStarter);
    expect(result).toMatchObject({ ok: false });
    expect(FakeWorker.made).toHaveLength(1);
    expect(FakeWorker.made[0]?.requests).toEqual([request]);
    expect(FakeWorker.made[0]?.isTerminated).toBe(true);

    // Used once: the next work starts its own.
    await runFileWork(request, {}, workerStarter);
    expect(FakeWorker.made).toHaveLength(2);
  });

  it('that failed to start leaves the work to this thread, which still does it', async () => {
    prepareFileWorker();
    const spare = FakeWorker.made[0] as FakeWorker;
    spare.failToStart();
    const result = await runFileWork(request, {}, workerStarter);
    expect(result).toMatchObject({ ok: false });
    expect(spare.requests).toEqual([]);
    expect(spare.isTerminated).toBe(true);
    expect(FakeWorker.made).toHaveLength(1);
  });

  it('is let go after a minute without work', async () => {
    vi.useFakeTimers();
    prepareFileWorker();
    const spare = FakeWorker.made[0] as FakeWorker;
    vi.advanceTimersByTime(59_000);
    expect(spare.isTerminated).toBe(false);
    vi.advanceTimersByTime(1_000);
    expect(spare.isTerminated).toBe(true);
    vi.useRealTimers();
    await runFileWork(request, {}, workerStarter);
    expect(FakeWorker.made).toHaveLength(2);
    expect(spare.requests).toEqual([]);
  });
});
