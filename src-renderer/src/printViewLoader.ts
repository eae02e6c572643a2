import type { ComponentType } from 'react';
import { lazyModule } from './lazyModule';

/*
 * The packet's print view is its own chunk, loaded without React's Suspense (see lazyModule.ts):
 * a print window loads it before the app first renders (main.tsx), so the view is there on the
 * first render, and a PDF export never waits out Suspense's reveal delay.
 */

type PrintViewComponent = ComponentType<{ packetId: string }>;

export const printViewModule = lazyModule<PrintViewComponent>(() =>
  import('./features/packet/PacketPrintView').then((module) => module.PacketPrintView),
);
