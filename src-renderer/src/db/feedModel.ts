import { subscribeToTable, type TableChange } from './changeFeed';
import type { ScopeJournalDatabase } from './database';
import type { Entry } from '../domain/types';

/**
 * What every in-memory view of the entries shares: it starts when its first reader subscribes,
 * loads, then follows the change feed, reading back only the records a write touched; it stops a
 * while after its last reader leaves (a screen change keeps it).
 *
 * Work runs one step at a time, in order. Changes that arrive while the model loads are queued and
 * applied after the load, so none is missed; a change whose keys are not known (`all`: a clear, a
 * bulk write) loads everything again, the old state staying on screen until the new one is ready.
 * Readers use `useSyncExternalStore(model.subscribe, model.getSnapshot)`: the snapshot is a new
 * object only when something changed.
 */
export abstract class FeedModel<Snapshot> {
  private readonly listeners = new Set<() => void>();
  private snapshot: Snapshot | undefined;
  private failure: Error | null = null;
  private isLoaded = false;
  private readonly pendingKeys = new Set<string>();
  private isPendingAll = false;
  /** How many changes the feed has reported: work that read the database can tell whether a write landed meanwhile. */
  protected changesSeen = 0;
  private queue: Promise<void> = Promise.resolve();
  /** Bumped when the model stops: work started before then publishes nothing. */
  private generation = 0;
  private stopFeed: (() => void) | null = null;
  private disposeTimer: ReturnType<typeof setTimeout> | null = null;
  private saveTimer: ReturnType<typeof setTimeout> | null = null;

  protected constructor(
    protected readonly database: ScopeJournalDatabase,
    private readonly idleDisposeMs: number,
  ) {}

  /** Reads everything; calls `publish` at least once at the end. `isCurrent` turns false if the model stopped meanwhile. */
  protected abstract load(isCurrent: () => boolean): Promise<void>;

  /** Takes in the records read back for `keys` (undefined: deleted); returns whether anything changed. */
  protected abstract apply(keys: readonly string[], records: readonly (Entry | undefined)[]): boolean;

  /** Forgets the loaded state (the model stopped). */
  protected abstract reset(): void;

  /** The current state; undefined until the first `publish`. Throws what made loading fail. */
  readonly getSnapshot = (): Snapshot | undefined => {
    if (this.failure !== null) throw this.failure;
    return this.snapshot;
  };

  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    if (this.disposeTimer !== null) clearTimeout(this.disposeTimer);
    this.disposeTimer = null;
    if (this.stopFeed === null) this.start();
    return () => {
      this.listeners.delete(listener);
      if (this.listeners.size === 0 && this.disposeTimer === null) {
        this.disposeTimer = setTimeout(() => this.stop(), this.idleDisposeMs);
      }
    };
  };

  /** Resolves once every change seen so far has been applied (for tests and benchmarks). */
  settled(): Promise<void> {
    return this.queue;
  }

  /** Stops following the feed and forgets the state; the next subscriber starts afresh. */
  stop(): void {
    if (this.disposeTimer !== null) clearTimeout(this.disposeTimer);
    this.disposeTimer = null;
    if (this.saveTimer !== null) clearTimeout(this.saveTimer);
    this.saveTimer = null;
    this.stopFeed?.();
    this.stopFeed = null;
    this.generation += 1;
    this.snapshot = undefined;
    this.failure = null;
    this.isLoaded = false;
    this.pendingKeys.clear();
    this.isPendingAll = false;
    this.reset();
  }

  /**
   * Runs `save` `delayMs` after the last call, once every change heard so far is applied: for what
   * a model saves at the journal's generation for the next start (`journalGeneration.ts`). A write
   * not yet heard has already changed the generation, so what is saved does not claim to include
   * it; once heard, it is applied and saved again. Nothing is saved after the model stopped.
   */
  protected saveWhenSettled(save: () => void, delayMs: number): void {
    if (this.saveTimer !== null) clearTimeout(this.saveTimer);
    const generation = this.generation;
    this.saveTimer = setTimeout(() => {
      this.saveTimer = null;
      void (async () => {
        let seen: number;
        do {
          seen = this.changesSeen;
          await this.queue;
        } while (seen !== this.changesSeen && generation === this.generation);
        // Stopped, or a later change asked for its own save: this one would only repeat it.
        if (generation === this.generation && this.saveTimer === null) save();
      })();
    }, delayMs);
  }

  protected publish(snapshot: Snapshot): void {
    this.snapshot = snapshot;
    this.failure = null;
    for (const listener of [...this.listeners]) listener();
  }

  private start(): void {
    this.stopFeed = subscribeToTable(this.database.name, 'entries', (change) => this.onChange(change));
    this.enqueue(() => this.loadAll());
  }

  private onChange(change: TableChange): void {
    this.changesSeen += 1;
    if (change.kind === 'all') this.isPendingAll = true;
    else for (const key of change.keys) this.pendingKeys.add(key);
    this.enqueue(() => this.applyPending());
  }

  private enqueue(step: () => Promise<void>): void {
    const generation = this.generation;
    this.queue = this.queue.then(async () => {
      if (generation !== this.generation) return;
      try {
        await step();
      } catch (error) {
        if (generation !== this.generation) return;
        this.failure = error instanceof Error ? error : new Error(String(error));
        for (const listener of [...this.listeners]) listener();
      }
    });
  }

  private async loadAll(): Promise<void> {
    const generation = this.generation;
    // Changes from now on are in what is still to be read, or queued to be read again after.
    this.isPendingAll = false;
    await this.load(() => generation === this.generation);
    if (generation === this.generation) this.isLoaded = true;
  }

  private async applyPending(): Promise<void> {
    if (!this.isLoaded) return; // the load before it in the queue failed; its keys wait for the next
    if (this.isPendingAll) {
      this.pendingKeys.clear();
      await this.loadAll();
      return;
    }
    if (this.pendingKeys.size === 0) return;
    const generation = this.generation;
    const keys = [...this.pendingKeys];
    this.pendingKeys.clear();
    const records = await this.database.entries.bulkGet(keys);
    if (generation === this.generation) this.apply(keys, records);
  }
}
