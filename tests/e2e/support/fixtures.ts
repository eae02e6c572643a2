import { test as base, expect, type BrowserContext } from '@playwright/test';
import { JournalPage } from './JournalPage';
import { defaultClockTime, installTestClock } from './testClock';

/** True for the only origin the app may ever talk to in tests: the local preview server. */
function isLocal(url: string): boolean {
  if (url.startsWith('data:') || url.startsWith('blob:') || url.startsWith('about:')) return true;
  try {
    return new URL(url).hostname === '127.0.0.1';
  } catch {
    return false;
  }
}

/**
 * Blocks and records every request from `context` that would leave 127.0.0.1. Returns the list,
 * which a test expects to stay empty.
 */
export async function guardAgainstOffMachineRequests(context: BrowserContext): Promise<string[]> {
  const offMachine: string[] = [];
  await context.route(
    (url) => !isLocal(url.href),
    async (route) => {
      offMachine.push(route.request().url());
      await route.abort('blockedbyclient');
    },
  );
  context.on('request', (request) => {
    if (!isLocal(request.url()) && !offMachine.includes(request.url())) offMachine.push(request.url());
  });
  return offMachine;
}

/**
 * Every test gets a fresh browser context (so a fresh, empty IndexedDB), a fixed clock and a guard:
 * - The clock starts at `clockTime` (`defaultClockTime` unless the test chooses another with
 *   `test.use({ clockTime })`), so the sample journal, its quarters, gaps and follow-ups are the
 *   same on every run, whatever the date.
 * - Any request that would leave 127.0.0.1 is blocked and fails the test. Together the tests show
 *   that no request leaves the machine during the whole suite.
 */
export const test = base.extend<{ journal: JournalPage; offMachineRequests: string[]; clockTime: string; testClock: void }>({
  clockTime: [defaultClockTime, { option: true }],
  testClock: [
    async ({ context, clockTime }, use) => {
      await installTestClock(context, clockTime);
      await use();
    },
    { auto: true },
  ],
  offMachineRequests: [
    async ({ context }, use) => {
      const offMachine = await guardAgainstOffMachineRequests(context);
      await use(offMachine);
      expect(offMachine, 'requests that tried to leave 127.0.0.1').toEqual([]);
    },
    { auto: true },
  ],
  journal: async ({ page }, use) => {
    await use(new JournalPage(page));
  },
});

export { expect };
