import type { DBCore, DBCoreMutateRequest, DBCoreTable, Middleware } from 'dexie';

/**
 * The journal's generation: a random stamp in localStorage that every write to the entries table
 * changes, whatever makes it (a save, an import, a restore, a clear, another tab). What is derived
 * from the journal and saved beside it (the Insights counts) carries the generation it was derived
 * at, and is current while the generation is the same. Reading it is a synchronous lookup, where
 * comparing the journal itself would need a count of its records, which IndexedDB makes by walking
 * them all.
 *
 * The stamp changes twice per write: before the write is sent, so nothing saved while it is in
 * flight can claim to include it, and again when its transaction commits, so counts saved by a
 * window that had not yet heard of it are no longer current. A write that fails leaves only a new
 * stamp behind: the derived data is counted again, and nothing is lost.
 */
const storageKey = (databaseName: string) => `scope-journal:journal-generation:${databaseName}`;

/** The current generation, or null when there is none yet (or localStorage is unavailable). */
export function readJournalGeneration(databaseName: string): string | null {
  try {
    return localStorage.getItem(storageKey(databaseName));
  } catch {
    return null;
  }
}

/** Marks the journal changed: a new generation, returned (null when it cannot be stored). */
export function markJournalChanged(databaseName: string): string | null {
  const generation = crypto.randomUUID();
  try {
    localStorage.setItem(storageKey(databaseName), generation);
    return generation;
  } catch {
    // Storage refused the stamp: no saved counts may be trusted until it takes one again.
    try {
      localStorage.removeItem(storageKey(databaseName));
    } catch {
      // Nothing is readable either, so nothing saved can match.
    }
    return null;
  }
}

/** The current generation, making one if there is none yet. */
export function currentJournalGeneration(databaseName: string): string | null {
  return readJournalGeneration(databaseName) ?? markJournalChanged(databaseName);
}

/** A Dexie middleware that marks the journal changed around every write to `tableName`. */
export function journalGenerationMiddleware(databaseName: string, tableName: string): Middleware<DBCore> {
  const marked = new WeakSet<object>();
  return {
    stack: 'dbcore',
    name: 'journalGeneration',
    create(down: DBCore): DBCore {
      return {
        ...down,
        table(name: string): DBCoreTable {
          const table = down.table(name);
          if (name !== tableName) return table;
          return {
            ...table,
            mutate(request: DBCoreMutateRequest) {
              markJournalChanged(databaseName);
              const transaction = request.trans as unknown as Partial<Pick<EventTarget, 'addEventListener'>>;
              if (typeof transaction.addEventListener === 'function' && !marked.has(transaction)) {
                marked.add(transaction);
                transaction.addEventListener('complete', () => markJournalChanged(databaseName));
              }
              return table.mutate(request);
            },
          };
        },
      };
    },
  };
}

const derivedKey = (databaseName: string, name: string) => `scope-journal:${name}:${databaseName}`;

/**
 * Saves `value`, derived from the journal as it is at the current generation, for the next start.
 * Only for what is derived and can be derived again: a full storage keeps nothing, and costs the
 * next start only its head start.
 */
export function saveAtGeneration(databaseName: string, name: string, value: unknown): void {
  const generation = currentJournalGeneration(databaseName);
  if (generation === null) return;
  try {
    localStorage.setItem(derivedKey(databaseName, name), JSON.stringify({ generation, value }));
  } catch {
    // Nothing saved: the next start derives it again.
  }
}

/** What `saveAtGeneration` saved under `name`, when the journal has not changed since; else undefined. */
export function loadAtGeneration(databaseName: string, name: string): unknown {
  try {
    const text = localStorage.getItem(derivedKey(databaseName, name));
    if (text === null) return undefined;
    const saved: unknown = JSON.parse(text);
    if (typeof saved !== 'object' || saved === null || !('generation' in saved) || !('value' in saved)) return undefined;
    const generation = readJournalGeneration(databaseName);
    return generation !== null && saved.generation === generation ? saved.value : undefined;
  } catch {
    return undefined;
  }
}
