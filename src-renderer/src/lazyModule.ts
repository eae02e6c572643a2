import { useEffect, useState } from 'react';

/**
 * A part of the app in its own chunk, loaded without React's Suspense.
 *
 * React reveals a suspended boundary's content no sooner than 300 ms after it showed the fallback
 * (its "fallback throttle"), so a screen behind `React.lazy` appears at least that long after its
 * "Loading…", however fast its chunk arrives: on a start at Insights that pause was most of the
 * time to the first chart. Here the component is held in state instead: the render that shows it
 * is an ordinary update, committed as soon as the chunk is there; and a chunk loaded before the
 * first render (main.tsx starts the one the address names) is there on that first render.
 */
export interface LazyModule<T> {
  /** Loads the chunk once; later calls share the first load, and a failed load is tried again. */
  load(): Promise<T>;
  /** What the chunk exports, or null while it loads; a failed load is thrown to the error boundary. */
  useLoaded(): T | null;
}

export function lazyModule<T>(importer: () => Promise<T>): LazyModule<T> {
  let loaded: { value: T } | null = null;
  let loading: Promise<T> | null = null;
  const load = (): Promise<T> => {
    loading ??= importer().then(
      (value) => {
        loaded = { value };
        return value;
      },
      (error: unknown) => {
        loading = null;
        throw error;
      },
    );
    return loading;
  };
  function useLoaded(): T | null {
    const [state, setState] = useState<{ value: T } | { error: unknown } | null>(() => loaded);
    useEffect(() => {
      if (state) return;
      let isCurrent = true;
      load().then(
        (value) => {
          if (isCurrent) setState({ value });
        },
        (error: unknown) => {
          if (isCurrent) setState({ error });
        },
      );
      return () => {
        isCurrent = false;
      };
    }, [state]);
    if (state && 'error' in state) throw state.error;
    return state ? state.value : null;
  }
  return { load, useLoaded };
}
