import { useEffect, useState, type ComponentType } from 'react';
import { printReadyAttribute } from '../../src-main/shared/contract';

/*
 * The packet's print view is its own chunk, loaded without React's Suspense: a suspended boundary
 * reveals its content no sooner than a few hundred milliseconds after its fallback, a pause every
 * PDF export would pay. A print window loads the chunk before the app first renders (main.tsx),
 * so the view is there on the first render.
 */

type PrintViewComponent = ComponentType<{ packetId: string }>;

let loaded: PrintViewComponent | null = null;
let loading: Promise<PrintViewComponent> | null = null;

/** Loads the print view's code once; later calls share the first load. */
export function loadPrintView(): Promise<PrintViewComponent> {
  loading ??= import('./features/packet/PacketPrintView').then((module) => {
    loaded = module.PacketPrintView;
    return loaded;
  });
  return loading;
}

/** The print view, or null while its code loads (a failed load marks the page's print state "error"). */
export function usePrintView(): PrintViewComponent | null {
  const [view, setView] = useState<PrintViewComponent | null>(() => loaded);
  useEffect(() => {
    if (view) return;
    let isCurrent = true;
    loadPrintView().then(
      (component) => {
        if (isCurrent) setView(() => component);
      },
      () => document.documentElement.setAttribute(printReadyAttribute, 'error'),
    );
    return () => {
      isCurrent = false;
    };
  }, [view]);
  return view;
}
