import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { navigateScript, waitForPrintReadyScript } from '../../../src-main/services/pdfExport/pageScripts';

describe('the page scripts', () => {
  /** Runs a page script against a minimal `document` and `window.location`. */
  function runInFakePage(script: string, attribute: string | null) {
    let value = attribute;
    let notify: () => void = () => undefined;
    const root = {
      getAttribute: (name: string) => (name === 'data-print-ready' ? value : null),
      removeAttribute: (name: string) => {
        if (name === 'data-print-ready') value = null;
      },
    };
    const location = { hash: '#/print/idle' };
    class FakeMutationObserver {
      constructor(callback: () => void) {
        notify = callback;
      }
      observe(): void {}
      disconnect(): void {
        notify = () => undefined;
      }
    }
    const result: unknown = runInNewContext(script, {
      document: { documentElement: root },
      window: { location },
      MutationObserver: FakeMutationObserver,
      setTimeout,
      clearTimeout,
    });
    const set = (next: string) => {
      value = next;
      notify();
    };
    return { result, set, location, read: () => value };
  }

  it('waits for the print-ready attribute and answers as soon as it is set', async () => {
    const page = runInFakePage(waitForPrintReadyScript(60_000), null);
    page.set('true');
    expect(await page.result).toBe('true');
  });

  it('answers at once when the page is already marked, and with null after the wait', async () => {
    expect(await runInFakePage(waitForPrintReadyScript(60_000), 'error').result).toBe('error');
    expect(await runInFakePage(waitForPrintReadyScript(5), null).result).toBeNull();
  });

  it('changes the route without a reload, clearing the mark of the view it leaves', () => {
    const page = runInFakePage(navigateScript('#/print/packet/a%22b'), 'true');
    expect(page.read()).toBeNull();
    expect(page.location.hash).toBe('#/print/packet/a%22b');
  });
});
