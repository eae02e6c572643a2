/**
 * A small settings file kept by the main process for one app run: read once, then kept in memory
 * and written through on every change. Changes are applied one at a time, so two never overwrite
 * each other.
 */
export interface SettingsStore<Settings> {
  /** The settings, read from the file the first time and from memory after that. */
  read(): Promise<Settings>;
  /**
   * The settings as last read or saved, without waiting; `undefined` before the first `read`.
   * For decisions that cannot wait for the disk (whether to hold the app's quit).
   */
  known(): Settings | undefined;
  /**
   * Applies `change` to the current settings and saves the result (unless `change` returned them
   * unchanged). When `change` throws or the save fails, nothing changes and the promise rejects
   * with that error.
   */
  update(change: (settings: Settings) => Settings): Promise<Settings>;
}

/** A store over `load` (which never fails: a missing or damaged file gives defaults) and `save`. */
export function createSettingsStore<Settings>(file: {
  load: () => Promise<Settings>;
  save: (settings: Settings) => Promise<void>;
}): SettingsStore<Settings> {
  let known: Settings | undefined;
  let loading: Promise<Settings> | undefined;
  let updates: Promise<unknown> = Promise.resolve();

  function read(): Promise<Settings> {
    if (known !== undefined) {
      return Promise.resolve(known);
    }
    loading ??= file.load().then((settings) => {
      // An update saved meanwhile is newer than what was read.
      known ??= settings;
      return known;
    });
    return loading;
  }

  return {
    read,
    known: () => known,
    update(change) {
      const result = updates.then(async () => {
        const current = await read();
        const next = change(current);
        if (next !== current) {
          await file.save(next);
          known = next;
        }
        return next;
      });
      // The next change waits for this one whether it succeeded or failed.
      updates = result.catch(() => undefined);
      return result;
    },
  };
}
