import {
  desktopMethodNames,
  desktopMethods,
  parsePayload,
  type DesktopChannel,
  type DesktopHandlers,
  type DesktopMethodName,
  type DesktopResult,
} from '../shared/contract';

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

/** Each of the methods `Names`' handler behind its channel, taking the raw, untrusted payload. */
export type ChannelHandlers<Names extends DesktopMethodName = DesktopMethodName> = {
  [Name in Names as (typeof desktopMethods)[Name]['channel']]: (payload: unknown) => Promise<DesktopResult<Name>>;
};

/**
 * Puts each handler behind its channel: the raw payload is parsed once, by the method's schema in
 * the contract table, and the handler receives the typed, validated result. An invalid payload is
 * refused with an Error naming the channel and each problem, before the handler runs.
 */
export function createChannelHandlers<Names extends DesktopMethodName>(handlers: Pick<DesktopHandlers, Names>): ChannelHandlers<Names> {
  const channelHandlers: Partial<Record<DesktopChannel, (payload: unknown) => Promise<unknown>>> = {};
  for (const name of desktopMethodNames) {
    if (Object.hasOwn(handlers, name)) {
      channelHandlers[desktopMethods[name].channel] = parsingHandler(handlers, name);
    }
  }
  // The channel of every handler given was just filled in, each with its own method's handler.
  return channelHandlers as ChannelHandlers<Names>;
}

/** The handler of `name` behind the parse of its payload. */
function parsingHandler<Name extends DesktopMethodName>(handlers: Partial<DesktopHandlers>, name: Name) {
  const { channel, request } = desktopMethods[name];
  // The input is the parse of this method's own schema, which `DesktopHandlers` ties to the
  // handler's parameter; TypeScript cannot follow that link through a generic index of the table.
  const handler = handlers[name] as (input: unknown) => Promise<DesktopResult<Name>>;
  return async (payload: unknown): Promise<DesktopResult<Name>> => handler(parsePayload(channel, request, payload));
}

/**
 * Registers every contract handler on `ipcMain`. Before a handler runs, the sender is checked:
 * it must be the top-level frame of the app's own page (`isAppPage`), and send at most one
 * payload, which is then parsed (see `createChannelHandlers`). Anything else — another site that
 * ended up in a window, an iframe, a frame already gone — is refused with an Error and the
 * handler never sees the message.
 */
export function registerDesktopHandlers(ipcMain: IpcMainLike, handlers: DesktopHandlers, isAppPage: (url: string) => boolean): void {
  const channelHandlers: Record<DesktopChannel, (payload: unknown) => Promise<unknown>> = createChannelHandlers(handlers);
  for (const name of desktopMethodNames) {
    const channel = desktopMethods[name].channel;
    const handler = channelHandlers[channel];
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
