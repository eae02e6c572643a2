import { EventEmitter } from 'node:events';

/*
 * The desktop's pieces in the fake main-process `electron` (fakeElectron.ts): dialogs, shell,
 * key store, theme, menu, notifications, screen and power events, each recording what the main
 * process did.
 */

/** Builds a fresh set of the desktop's fakes. */
export function createFakeDesktop() {
  const dialog = {
    errors: [] as string[],
    /** Where the save dialog "chooses" to save; cancels while undefined. */
    savePath: undefined as string | undefined,
    showSaveDialog(...args: unknown[]): Promise<{ canceled: boolean; filePath: string }> {
      void args;
      return Promise.resolve(this.savePath === undefined ? { canceled: true, filePath: '' } : { canceled: false, filePath: this.savePath });
    },
    /** Where the folder chooser "chooses"; cancels while undefined. */
    folderPath: undefined as string | undefined,
    /** The options of every open dialog (files and folders), in order. */
    openDialogs: [] as unknown[],
    /** Answers a folder chooser with `folderPath`; cancels every file dialog. */
    showOpenDialog(...args: unknown[]): Promise<{ canceled: boolean; filePaths: string[] }> {
      const options = args.at(-1);
      this.openDialogs.push(options);
      const properties: unknown = typeof options === 'object' && options !== null && 'properties' in options ? options.properties : [];
      const isFolderChooser = Array.isArray(properties) && properties.includes('openDirectory');
      return Promise.resolve(
        isFolderChooser && this.folderPath !== undefined
          ? { canceled: false, filePaths: [this.folderPath] }
          : { canceled: true, filePaths: [] },
      );
    },
    showErrorBox(title: string, content: string): void {
      this.errors.push(`${title}: ${content}`);
    },
  };

  const shell = {
    openedUrls: [] as string[],
    openExternal(url: string): Promise<void> {
      this.openedUrls.push(url);
      return Promise.resolve();
    },
  };

  /**
   * Electron's key store: "seals" by reversing the bytes behind a prefix, so a test can see that
   * the passphrase went through it. A test may make it unavailable.
   */
  const safeStorage = {
    isAvailable: true,
    backend: 'gnome_libsecret',
    isEncryptionAvailable(): boolean {
      return this.isAvailable;
    },
    getSelectedStorageBackend(): string {
      return this.backend;
    },
    encryptString(plainText: string): Buffer {
      return Buffer.concat([Buffer.from('sealed:'), Buffer.from(plainText, 'utf8').reverse()]);
    },
    decryptString(encrypted: Buffer): string {
      if (!encrypted.subarray(0, 7).equals(Buffer.from('sealed:'))) {
        throw new Error('Error while decrypting the ciphertext provided to safeStorage.decryptString.');
      }
      return Buffer.from(encrypted.subarray(7)).reverse().toString('utf8');
    },
  };

  /** Electron's `nativeTheme`: dark when told so, or when following a system `isSystemDark`. */
  class FakeNativeTheme extends EventEmitter {
    isSystemDark = false;
    /** Every `themeSource` the main process set, in order. */
    readonly themeSources: string[] = [];
    private source = 'system';

    get themeSource(): string {
      return this.source;
    }

    set themeSource(source: string) {
      const wasDark = this.shouldUseDarkColors;
      this.source = source;
      this.themeSources.push(source);
      if (this.shouldUseDarkColors !== wasDark) {
        this.emit('updated');
      }
    }

    get shouldUseDarkColors(): boolean {
      return this.source === 'dark' || (this.source === 'system' && this.isSystemDark);
    }
  }
  const nativeTheme = new FakeNativeTheme();

  /** A menu item as the main process describes it (see `MenuItemTemplate`). */
  interface FakeMenuItem {
    label?: string;
    role?: string;
    type?: string;
    accelerator?: string;
    checked?: boolean;
    click?: () => void;
    submenu?: FakeMenuItem[];
  }

  /** Electron's `Menu`: keeps the template it was built from; records the application menu. */
  const Menu = {
    /** Every application menu set, in order: the template of each. */
    applicationMenus: [] as FakeMenuItem[][],
    buildFromTemplate(template: FakeMenuItem[]): { template: FakeMenuItem[] } {
      return { template };
    },
    setApplicationMenu(menu: { template: FakeMenuItem[] } | null): void {
      Menu.applicationMenus.push(menu?.template ?? []);
    },
  };

  /** Electron's `Notification`: records every notification; a test may click one. */
  class FakeNotification extends EventEmitter {
    static isSupportedNow = true;
    static readonly instances: FakeNotification[] = [];
    isShown = false;

    constructor(readonly options: { title: string; body: string }) {
      super();
      FakeNotification.instances.push(this);
    }

    static isSupported(): boolean {
      return FakeNotification.isSupportedNow;
    }

    show(): void {
      this.isShown = true;
    }
  }

  const primaryDisplay = { id: 1, workArea: { x: 0, y: 0, width: 1920, height: 1040 } };
  const screen = {
    getPrimaryDisplay: () => primaryDisplay,
    getAllDisplays: () => [primaryDisplay],
  };

  /** Electron's `powerMonitor`: a test emits `resume` as the system does when it wakes from sleep. */
  const powerMonitor = new EventEmitter();

  return { dialog, shell, safeStorage, nativeTheme, Menu, Notification: FakeNotification, screen, powerMonitor };
}
