import type { CaptureWindowPort } from './quickCapture';

/*
 * At most one quick-capture window: the shortcut opens it, or brings forward the one already open
 * (so what is typed there stays); the page closes it after Save or on Escape. Plain logic over the
 * window's few methods; window/captureWindow.ts makes the Electron window.
 */

/** The part of a capture window (an Electron `BrowserWindow`) the controller uses. */
export interface CaptureWindowHandle {
  isDestroyed(): boolean;
  isMinimized(): boolean;
  restore(): void;
  show(): void;
  focus(): void;
  close(): void;
  /** Calls `listener` once the window is gone (closed by the page, the user or the system). */
  onClosed(listener: () => void): void;
}

interface CaptureWindowControllerOptions {
  /** Makes a new capture window, loading the app's page at the capture route; it shows itself once painted. */
  create: () => CaptureWindowHandle;
  /** Makes the app the active one (macOS does not bring a background app forward with its window). */
  activateApp?: () => void;
}

/** The capture window of one app run, and which one is open now (for the wiring tests). */
export interface CaptureWindowController extends CaptureWindowPort {
  current(): CaptureWindowHandle | undefined;
}

/** Builds the controller; no window exists until the first `open`. */
export function createCaptureWindowController(options: CaptureWindowControllerOptions): CaptureWindowController {
  let window: CaptureWindowHandle | undefined;

  function isOpen(candidate: CaptureWindowHandle | undefined): candidate is CaptureWindowHandle {
    return candidate !== undefined && !candidate.isDestroyed();
  }

  return {
    current: () => (isOpen(window) ? window : undefined),
    open() {
      options.activateApp?.();
      if (isOpen(window)) {
        if (window.isMinimized()) window.restore();
        window.show();
        window.focus();
        return;
      }
      const created = options.create();
      window = created;
      created.onClosed(() => {
        if (window === created) window = undefined;
      });
    },
    close() {
      if (isOpen(window)) window.close();
    },
  };
}
