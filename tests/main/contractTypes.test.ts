import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { createDesktopHandlers, type DesktopPorts } from '../../src-main/ipc/handlers';
import {
  desktopChannels,
  desktopMethods,
  returns,
  type ApiOf,
  type DesktopApi,
  type DesktopHandlers,
  type DesktopMethodTable,
  type HandlersOf,
} from '../../src-main/shared/contract';

/*
 * The contract table's types, proven by the type-checker: `npm test` type-checks this file, and
 * every `@ts-expect-error` below fails the build if its line ever compiles. The `it` blocks keep
 * the values alive and check what is checkable at run time.
 */

/** The real table plus one more method, as a newcomer would add it. */
const extendedMethods = {
  ...desktopMethods,
  exportPacketDocx: {
    // Spelled in parts: channel names are written out in src-main/shared alone (contractChannels.test.ts).
    channel: `journal:${'packet'}:${'export-docx'}`,
    request: z.strictObject({ packetId: z.string().min(1), pageSize: z.enum(['A4', 'Letter']).optional() }),
    result: returns<{ status: 'saved' | 'cancelled' }>(),
  },
} as const satisfies DesktopMethodTable;

type ExtendedHandlers = HandlersOf<typeof extendedMethods>;

/** Typed only: no handler of these runs. */
declare const ports: DesktopPorts;

function handlersWithoutTheNewMethod(): ExtendedHandlers {
  // @ts-expect-error A method added to the table without a handler does not type-check.
  return createDesktopHandlers(ports);
}

function handlersWithAWrongInput(): ExtendedHandlers {
  return {
    ...createDesktopHandlers(ports),
    // @ts-expect-error A handler whose input differs from the schema (a number id) does not type-check.
    exportPacketDocx: (input: { packetId: number }) => Promise.resolve({ status: input.packetId > 0 ? 'saved' : 'cancelled' }),
  };
}

function handlersExpectingAFieldTheSchemaLacks(): ExtendedHandlers {
  return {
    ...createDesktopHandlers(ports),
    // @ts-expect-error A handler that needs a field the schema does not send does not type-check.
    exportPacketDocx: (input: { packetId: string; author: string }) => Promise.resolve({ status: input.author ? 'saved' : 'cancelled' }),
  };
}

function handlersWithTheRightInput(): ExtendedHandlers {
  return {
    ...createDesktopHandlers(ports),
    // The schema's output: an optional page size arrives as `'A4' | 'Letter' | undefined`.
    exportPacketDocx: (input: { packetId: string; pageSize?: 'A4' | 'Letter' }) =>
      Promise.resolve({ status: input.pageSize === undefined ? 'cancelled' : 'saved' }),
  };
}

/** A page's call of the new method takes the schema's input, so a new optional field compiles. */
function pageCalls(api: ApiOf<typeof extendedMethods>): void {
  void api.exportPacketDocx({ packetId: 'p1' });
  void api.exportPacketDocx({ packetId: 'p1', pageSize: 'Letter' });
  // @ts-expect-error A field the schema does not have is refused at compile time, not at run time.
  void api.exportPacketDocx({ packetId: 'p1', colour: 'blue' });
  // @ts-expect-error Methods without a payload take no argument.
  void api.getAppInfo('payload');
}

/** The real handlers fit the real table exactly. */
const realHandlers: (ports: DesktopPorts) => DesktopHandlers = createDesktopHandlers;

/** The page's API is derived from the table: every method is there, with the table's types. */
type Equal<Left, Right> = (<Value>() => Value extends Left ? 1 : 2) extends <Value>() => Value extends Right ? 1 : 2 ? true : false;
const requestIsTheSchemaInput: Equal<Parameters<DesktopApi['setThemeSource']>[0], 'system' | 'light' | 'dark'> = true;
const noPayloadMeansNoArgument: Equal<Parameters<DesktopApi['listBackups']>, []> = true;

describe('the contract table', () => {
  it('derives one channel per method, each namespaced journal:<domain>:<verb> and unique', () => {
    const channels = Object.values(desktopChannels);
    expect(Object.keys(desktopChannels)).toEqual(Object.keys(desktopMethods));
    expect(new Set(channels).size).toBe(channels.length);
    for (const channel of channels) {
      expect(channel).toMatch(/^journal:[a-z]+:[a-z-]+$/);
    }
  });

  it('holds the type-level proofs above (checked by tsc, referenced here so they stay)', () => {
    expect([
      handlersWithoutTheNewMethod,
      handlersWithAWrongInput,
      handlersExpectingAFieldTheSchemaLacks,
      handlersWithTheRightInput,
      pageCalls,
      realHandlers,
    ]).toHaveLength(6);
    expect(requestIsTheSchemaInput && noPayloadMeansNoArgument).toBe(true);
    expect(Object.keys(extendedMethods)).toContain('exportPacketDocx');
  });
});
