import { EventEmitter } from 'node:events';

/*
 * The fake `app` and default session of the fake main-process `electron` (fakeElectron.ts).
 */

type PermissionRequestHandler = (webContents: unknown, permission: string, callback: (isGranted: boolean) => void) => void;
type HeadersListener = (
  details: { responseHeaders?: Record<string, string[]> },
  callback: (response: { responseHeaders?: Record<string, string | string[]> }) => void,
) => void;

/** Options for one fake Electron run. */
export interface FakeElectronOptions {
  userDataPath: string;
  hasSingleInstanceLock?: boolean;
  isPackaged?: boolean;
}

/** Electron's `app`: ready when `whenReady` resolves; records quits and the sandbox switch. */
export class FakeApp extends EventEmitter {
  readonly isPackaged: boolean;
  quitCount = 0;
  isSandboxEnabled = false;
  private isReadyNow = false;

  constructor(private readonly options: FakeElectronOptions) {
    super();
    this.isPackaged = options.isPackaged ?? false;
  }

  requestSingleInstanceLock(): boolean {
    return this.options.hasSingleInstanceLock ?? true;
  }

  enableSandbox(): void {
    this.isSandboxEnabled = true;
  }

  /** Windows only: the id the app's notifications appear under. */
  appUserModelId: string | undefined;

  setAppUserModelId(id: string): void {
    this.appUserModelId = id;
  }

  whenReady(): Promise<void> {
    return Promise.resolve().then(() => {
      this.isReadyNow = true;
    });
  }

  isReady(): boolean {
    return this.isReadyNow;
  }

  getPath(name: string): string {
    if (name !== 'userData') {
      throw new Error(`The fake app knows only the userData path, not ${name}`);
    }
    return this.options.userDataPath;
  }

  getName(): string {
    return 'Scope Journal';
  }

  getVersion(): string {
    return '0.1.0-test';
  }

  quit(): void {
    this.quitCount += 1;
  }

  /** macOS: how often the app made itself the active one (`app.focus`). */
  focusCount = 0;

  focus(): void {
    this.focusCount += 1;
  }
}

/** Electron's default session: records the permission handlers and the headers listener. */
export class FakeSession {
  permissionRequestHandler: PermissionRequestHandler | undefined;
  permissionCheckHandler: (() => boolean) | undefined;
  headersListener: HeadersListener | undefined;

  readonly webRequest = {
    onHeadersReceived: (listener: HeadersListener): void => {
      this.headersListener = listener;
    },
  };

  setPermissionRequestHandler(handler: PermissionRequestHandler): void {
    this.permissionRequestHandler = handler;
  }

  setPermissionCheckHandler(handler: () => boolean): void {
    this.permissionCheckHandler = handler;
  }
}
