import type { DesktopHandlers } from '../shared/contract';
import type { QuickCapture } from '../app/quickCapture';

/** The handlers of the quick-capture methods (part of `DesktopHandlers`). */
export type QuickCaptureHandlers = Pick<DesktopHandlers, 'getQuickCaptureSettings' | 'setQuickCaptureShortcut' | 'closeQuickCapture'>;

/**
 * Builds the handlers of the quick-capture methods. Each receives its payload already parsed by
 * the contract's schema; whether a shortcut is a key combination is quick capture's own answer.
 */
export function createQuickCaptureHandlers(quickCapture: QuickCapture): QuickCaptureHandlers {
  return {
    getQuickCaptureSettings: () => quickCapture.settings(),
    setQuickCaptureShortcut: ({ accelerator }) => quickCapture.setShortcut(accelerator),
    closeQuickCapture: () => {
      quickCapture.closeWindow();
      return Promise.resolve();
    },
  };
}
