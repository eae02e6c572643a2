import { desktopChannels } from '../shared/contract';
import type { DesktopHandlers } from './handlers';

/** The frame that sent an IPC message: its URL, and its parent (`null` for a top-level frame). */
interface SenderFrame {
  url: string;
  parent: unknown;
}

/** The part of an IPC invoke event that identifies its sender. */
export interface InvokeEvent {
  senderFrame: SenderFrame | null;
}

/** The part of Electron's `ipcMain` used to register handlers. */
export interface IpcMainLike {
  handle(channel: string, listener: (event: InvokeEvent, ...args: unknown[]) => Promise<unknown>): void;
}

/**
 * Registers every contract handler on `ipcMain`. Before a handler runs, the sender is checked:
 * it must be the top-level frame of the app's own page (`isAppPage`), and send at most one
 * payload. Anything else — another site that ended up in a window, an iframe, a frame already
 * gone — is refused with an Error and the handler never sees the message.
 */
export function registerDesktopHandlers(ipcMain: IpcMainLike, handlers: DesktopHandlers, isAppPage: (url: string) => boolean): void {
  for (const channel of Object.values(desktopChannels)) {
    const handler: (payload: unknown) => Promise<unknown> = handlers[channel];
    ipcMain.handle(channel, async (event, ...args) => {
      assertTrustedSender(channel, event, isAppPage);
      if (args.length > 1) {
        throw new Error(`Invalid request for ${channel}: expected at most one argument.`);
      }
      return handler(args[0]);
    });
  }
}

function assertTrustedSender(channel: string, event: InvokeEvent, isAppPage: (url: string) => boolean): void {
  const frame = event.senderFrame;
  if (frame === null) {
    throw new Error(`Refused ${channel}: the sending frame is gone.`);
  }
  if (frame.parent !== null && frame.parent !== undefined) {
    throw new Error(`Refused ${channel}: only the app's top-level page may use the desktop.`);
  }
  if (!isAppPage(frame.url)) {
    throw new Error(`Refused ${channel}: the sender is not the app's own page.`);
  }
}
