import { join } from 'node:path';
import { checkGlobalAccelerator } from '../shared/accelerator';
import type { QuickCaptureSettings, SetQuickCaptureShortcutResult } from '../shared/contract';
import { createQuickCaptureStateStore } from '../services/quickCaptureSettings';

/*
 * Quick capture's global shortcut: off until the user sets one in Settings; once set, pressing it
 * in any app opens (or brings forward) the small capture window. A new shortcut is saved only once
 * the system has given it to the app, and the old one keeps working until then, so a shortcut
 * another app holds changes nothing. At start the saved shortcut is asked for again (another app
 * may have taken it meanwhile: Settings then says so); at quit every shortcut is given back.
 * Plain logic over ports: Electron's `globalShortcut` and the capture window reach it from
 * index.ts, fakes from the tests.
 */

/** The part of Electron's `globalShortcut` used here. */
export interface GlobalShortcutPort {
  /** Asks the system for `accelerator`; false when the system or another app holds it. */
  register(accelerator: string, callback: () => void): boolean;
  unregister(accelerator: string): void;
  /** Whether this app holds `accelerator` now. */
  isRegistered(accelerator: string): boolean;
}

/** The quick-capture window (see captureWindowController.ts). */
export interface CaptureWindowPort {
  /** Opens the capture window, or brings the one already open forward (keeping what is typed). */
  open(): void;
  /** Closes the capture window, if one is open. */
  close(): void;
}

/** What quick capture needs, injected. */
export interface QuickCapturePorts {
  globalShortcut: GlobalShortcutPort;
  captureWindow: CaptureWindowPort;
  /** The app's user-data folder, where `quick-capture.json` lives. */
  userDataPath: string;
  /** Where problems that fail no request are reported; `console.warn` by default. */
  warn?: (message: string) => void;
}

/** Quick capture for one app run. */
export interface QuickCapture {
  /** The saved shortcut and whether it works now. */
  settings(): Promise<QuickCaptureSettings>;
  /** Sets (or, with `null`, turns off) the shortcut; see the module comment. */
  setShortcut(accelerator: string | null): Promise<SetQuickCaptureShortcutResult>;
  /** Asks the system for the saved shortcut; at app start. Never rejects. */
  start(): Promise<void>;
  /** Gives the shortcut back to the system; at quit. */
  stop(): void;
  /** Closes the capture window (the page asks, after Save or on Escape). */
  closeWindow(): void;
}

/** Name of the settings file in the user-data folder. */
const settingsFileName = 'quick-capture.json';

/** Quick capture over `ports` (see `QuickCapture`). */
export function createQuickCapture(ports: QuickCapturePorts): QuickCapture {
  const warn = ports.warn ?? ((message: string) => console.warn(message));
  const store = createQuickCaptureStateStore(join(ports.userDataPath, settingsFileName), warn);
  const { globalShortcut } = ports;
  const onPressed = (): void => ports.captureWindow.open();
  /** One change at a time, so two quick changes never register each other's shortcuts. */
  let changes: Promise<unknown> = Promise.resolve();
  /** Set once the saved shortcut has been asked for (by `start`, or the first request). */
  let started: Promise<void> | undefined;

  /** Asks the system for `accelerator`; false when refused, or when Electron does not accept it. */
  function register(accelerator: string): boolean {
    try {
      return globalShortcut.register(accelerator, onPressed);
    } catch (error) {
      warn(`The shortcut ${accelerator} could not be registered: ${error instanceof Error ? error.message : String(error)}`);
      return false;
    }
  }

  function view(accelerator: string | null): QuickCaptureSettings {
    if (accelerator === null) return { accelerator, status: 'off' };
    return { accelerator, status: globalShortcut.isRegistered(accelerator) ? 'active' : 'refused-by-os' };
  }

  function start(): Promise<void> {
    started ??= store.read().then(
      ({ accelerator }) => {
        if (accelerator !== null && !globalShortcut.isRegistered(accelerator) && !register(accelerator)) {
          warn(`Another app holds the quick-capture shortcut ${accelerator}; Settings says so.`);
        }
      },
      (error: unknown) => warn(`Could not read the quick-capture settings: ${error instanceof Error ? error.message : String(error)}`),
    );
    return started;
  }

  /** Runs `change` after `start` and after every change before it. */
  function serially<Result>(change: () => Promise<Result>): Promise<Result> {
    const result = changes.then(start).then(change);
    changes = result.catch(() => undefined);
    return result;
  }

  async function turnOff(): Promise<SetQuickCaptureShortcutResult> {
    const { accelerator: previous } = await store.read();
    await store.update((state) => (state.accelerator === null ? state : { ...state, accelerator: null }));
    if (previous !== null && globalShortcut.isRegistered(previous)) globalShortcut.unregister(previous);
    return { status: 'off', settings: view(null) };
  }

  /**
   * Registers `accelerator` while the previous shortcut still works. Only when that fails is the
   * previous one let go for a second try (it may be the same keys under another name, such as Ctrl
   * and CmdOrCtrl on Linux), and taken back if the second try fails too.
   */
  function replace(previous: string | null, accelerator: string): boolean {
    if (register(accelerator)) return true;
    if (previous === null || !globalShortcut.isRegistered(previous)) return false;
    globalShortcut.unregister(previous);
    if (register(accelerator)) return true;
    register(previous);
    return false;
  }

  async function change(requested: string): Promise<SetQuickCaptureShortcutResult> {
    const { accelerator: previous } = await store.read();
    const check = checkGlobalAccelerator(requested);
    if (!check.isValid) return { status: 'invalid', reason: check.reason, settings: view(previous) };
    const { accelerator } = check;
    if (accelerator === previous && globalShortcut.isRegistered(accelerator)) return { status: 'registered', settings: view(accelerator) };
    if (!replace(previous, accelerator)) return { status: 'refused-by-os', accelerator, settings: view(previous) };
    try {
      await store.update((state) => ({ ...state, accelerator }));
    } catch (error) {
      // Not saved: the previous shortcut stays the one that works.
      globalShortcut.unregister(accelerator);
      if (previous !== null && previous !== accelerator) register(previous);
      throw error;
    }
    if (previous !== null && previous !== accelerator && globalShortcut.isRegistered(previous)) globalShortcut.unregister(previous);
    return { status: 'registered', settings: view(accelerator) };
  }

  return {
    settings: () => serially(async () => view((await store.read()).accelerator)),
    setShortcut: (accelerator) => serially(() => (accelerator === null ? turnOff() : change(accelerator))),
    start,
    stop: () => {
      const accelerator = store.known()?.accelerator;
      if (accelerator !== null && accelerator !== undefined && globalShortcut.isRegistered(accelerator)) {
        globalShortcut.unregister(accelerator);
      }
    },
    closeWindow: () => ports.captureWindow.close(),
  };
}
