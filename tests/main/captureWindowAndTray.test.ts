import { describe, expect, it } from 'vitest';
import { createCaptureWindowController, type CaptureWindowHandle } from '../../src-main/app/captureWindowController';
import { buildTrayMenuTemplate } from '../../src-main/menu/trayMenu';

/*
 * The quick-capture window's controller (one window: opened, or brought forward) and the tray
 * menu's items, as plain logic.
 */

/** A capture window that records what was done to it. */
function fakeWindow() {
  const calls: string[] = [];
  let onClosed: (() => void) | undefined;
  let isDestroyed = false;
  let isMinimized = false;
  const handle: CaptureWindowHandle = {
    isDestroyed: () => isDestroyed,
    isMinimized: () => isMinimized,
    restore: () => calls.push('restore'),
    show: () => calls.push('show'),
    focus: () => calls.push('focus'),
    close: () => {
      calls.push('close');
      isDestroyed = true;
      onClosed?.();
    },
    onClosed: (listener) => {
      onClosed = listener;
    },
  };
  return {
    handle,
    calls,
    minimize: () => {
      isMinimized = true;
    },
    /** Gone without the controller closing it (the user closed it, or the system). */
    destroy: () => {
      isDestroyed = true;
      onClosed?.();
    },
  };
}

function setUp() {
  const created: ReturnType<typeof fakeWindow>[] = [];
  let activations = 0;
  const controller = createCaptureWindowController({
    create: () => {
      const window = fakeWindow();
      created.push(window);
      return window.handle;
    },
    activateApp: () => {
      activations += 1;
    },
  });
  return { controller, created, activations: () => activations };
}

describe('the capture window controller', () => {
  it('opens one window, and brings it forward (restored) on the next open instead of a second one', () => {
    const { controller, created, activations } = setUp();
    expect(controller.current()).toBeUndefined();
    controller.open();
    expect(created).toHaveLength(1);
    expect(controller.current()).toBe(created[0]?.handle);
    // The new window shows itself once painted: nothing is called on it yet.
    expect(created[0]?.calls).toEqual([]);
    created[0]?.minimize();
    controller.open();
    expect(created).toHaveLength(1);
    expect(created[0]?.calls).toEqual(['restore', 'show', 'focus']);
    expect(activations()).toBe(2);
  });

  it('closes the open window, and opens a new one after that', () => {
    const { controller, created } = setUp();
    controller.close();
    controller.open();
    controller.close();
    expect(created[0]?.calls).toEqual(['close']);
    expect(controller.current()).toBeUndefined();
    controller.open();
    expect(created).toHaveLength(2);
  });

  it('forgets a window closed by the user or the system', () => {
    const { controller, created } = setUp();
    controller.open();
    created[0]?.destroy();
    expect(controller.current()).toBeUndefined();
    controller.close();
    expect(created[0]?.calls).toEqual([]);
    controller.open();
    expect(created).toHaveLength(2);
  });
});

describe('the tray menu', () => {
  it('has New entry, Open and Quit, each doing its own action', () => {
    const done: string[] = [];
    const template = buildTrayMenuTemplate('Scope Journal', {
      newEntry: () => done.push('new entry'),
      openJournal: () => done.push('open'),
      quit: () => done.push('quit'),
    });
    expect(template.map((item) => item.label ?? item.type)).toEqual(['New entry', 'Open Scope Journal', 'separator', 'Quit Scope Journal']);
    for (const item of template) item.click?.();
    expect(done).toEqual(['new entry', 'open', 'quit']);
  });
});
