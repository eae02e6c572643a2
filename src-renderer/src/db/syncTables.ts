/** One value of the sync state: the clock's last stamp, or the batches of one device already applied. */
export interface SyncStateRow {
  key: string;
  value: unknown;
}

/** A batch written here, waiting to be copied into the sync folder (its JSON text). */
export interface SyncOutboxRow {
  seq?: number;
  text: string;
}
