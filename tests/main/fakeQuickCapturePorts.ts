import type { CaptureWindowPort, GlobalShortcutPort } from '../../src-main/app/quickCapture';

/*
 * Stand-ins for quick capture's ports (src-main/app/quickCapture.ts): a system that hands out
 * global shortcuts (one another app holds is refused, as the system refuses it) and a capture
 * window that only counts how often it was opened and closed. Used by the quick-capture tests, the
 * other handler tests (which need the ports but not the feature) and the end-to-end bridge.
 */

/** What the fake system and window record, and what a test can make them do. */
export interface FakeQuickCaptureDesktop {
  /** Shortcuts another app holds: registering one of them fails. */
  heldElsewhere: Set<string>;
  /** What the app holds now, with the callback of each. */
  registered: Map<string, () => void>;
  /** How often the capture window was opened or brought forward, and closed. */
  windowOpens: number;
  windowCloses: number;
  /** Presses `accelerator` in any app; false when the app does not hold it. */
  press(accelerator: string): boolean;
}

/** The ports, and the record of what was done with them. */
export function createFakeQuickCapturePorts(heldElsewhere: Iterable<string> = []): {
  globalShortcut: GlobalShortcutPort;
  captureWindow: CaptureWindowPort;
  desktop: FakeQuickCaptureDesktop;
} {
  const desktop: FakeQuickCaptureDesktop = {
    heldElsewhere: new Set(heldElsewhere),
    registered: new Map(),
    windowOpens: 0,
    windowCloses: 0,
    press(accelerator) {
      const callback = desktop.registered.get(accelerator);
      callback?.();
      return callback !== undefined;
    },
  };
  return {
    globalShortcut: {
      register(accelerator, callback) {
        if (desktop.heldElsewhere.has(accelerator) || desktop.registered.has(accelerator)) return false;
        desktop.registered.set(accelerator, callback);
        return true;
      },
      unregister(accelerator) {
        desktop.registered.delete(accelerator);
      },
      isRegistered: (accelerator) => desktop.registered.has(accelerator),
    },
    captureWindow: {
      open() {
        desktop.windowOpens += 1;
      },
      close() {
        desktop.windowCloses += 1;
      },
    },
    desktop,
  };
}
