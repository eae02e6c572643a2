import { describe, expect, it } from 'vitest';
import { systemClock } from '../../../src-main/services/pdfExport/printClock';

describe('systemClock', () => {
  it('sleeps, and wakes early when aborted', async () => {
    const start = Date.now();
    await systemClock.sleep(20);
    expect(Date.now() - start).toBeGreaterThanOrEqual(15);
    const stop = new AbortController();
    const long = systemClock.sleep(60_000, stop.signal);
    stop.abort();
    await long;
    await systemClock.sleep(60_000, stop.signal);
  });
});
