import { EventEmitter } from 'node:events';

/*
 * The fake `globalShortcut`, `Tray` and `nativeImage` of the fake main-process `electron`
 * (fakeElectron.ts): what the main process registers and puts in the tray is recorded, and a test
 * can make another app hold a shortcut or press one.
 */

/** A menu item of a template the main process built (see `MenuItemTemplate`). */
interface FakeTrayMenuItem {
  label?: string;
  type?: string;
  click?: () => void;
}

/** Builds a fresh set of the fakes. */
export function createFakeShortcutsAndTray() {
  /** Electron's `globalShortcut`: like Electron, it refuses a shortcut that is already held. */
  const globalShortcut = {
    /** Shortcuts another app holds: registering one of them fails, as the system refuses it. */
    heldElsewhere: new Set<string>(),
    /** What this app holds now, with the callback of each. */
    registered: new Map<string, () => void>(),
    /** Every `register` call, in order, with its answer. */
    attempts: [] as { accelerator: string; isRegistered: boolean }[],
    register(accelerator: string, callback: () => void): boolean {
      const isRegistered = !globalShortcut.heldElsewhere.has(accelerator) && !globalShortcut.registered.has(accelerator);
      globalShortcut.attempts.push({ accelerator, isRegistered });
      if (isRegistered) globalShortcut.registered.set(accelerator, callback);
      return isRegistered;
    },
    unregister(accelerator: string): void {
      globalShortcut.registered.delete(accelerator);
    },
    unregisterAll(): void {
      globalShortcut.registered.clear();
    },
    isRegistered(accelerator: string): boolean {
      return globalShortcut.registered.has(accelerator);
    },
    /** Presses `accelerator` in any app, as the user would; false when this app does not hold it. */
    press(accelerator: string): boolean {
      const callback = globalShortcut.registered.get(accelerator);
      callback?.();
      return callback !== undefined;
    },
  };

  /** Electron's `nativeImage`: an image remembers the file it came from. */
  class FakeNativeImage {
    isTemplateImage = false;
    constructor(readonly path: string) {}
    setTemplateImage(isTemplate: boolean): void {
      this.isTemplateImage = isTemplate;
    }
  }
  const nativeImage = {
    createFromPath: (path: string) => new FakeNativeImage(path),
  };

  /** Electron's `Tray`: records its image, tooltip and menu; a test may click it. */
  class FakeTray extends EventEmitter {
    static readonly instances: FakeTray[] = [];
    toolTip = '';
    menu: FakeTrayMenuItem[] = [];
    isDestroyed = false;

    constructor(readonly image: FakeNativeImage) {
      super();
      FakeTray.instances.push(this);
    }

    setToolTip(toolTip: string): void {
      this.toolTip = toolTip;
    }

    setContextMenu(menu: { template: FakeTrayMenuItem[] } | null): void {
      this.menu = menu?.template ?? [];
    }

    destroy(): void {
      this.isDestroyed = true;
    }

    /** Clicks the menu item labelled `label`. */
    clickMenuItem(label: string): void {
      const item = this.menu.find((candidate) => candidate.label === label);
      if (item?.click === undefined) {
        throw new Error(`The tray menu has no item ${label}`);
      }
      item.click();
    }
  }

  return { globalShortcut, nativeImage, Tray: FakeTray };
}
