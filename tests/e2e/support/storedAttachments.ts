import type { Page } from '@playwright/test';

/** One stored attachment as IndexedDB holds it: its key, the SHA-256 of its bytes, its type, and whether it has a thumbnail. */
export interface StoredFileFacts {
  key: string;
  sha256: string;
  type: string;
  hasThumbnail: boolean;
}

/** Every stored attachment of the page's journal, read straight from IndexedDB, in key order. */
export function storedFiles(page: Page): Promise<StoredFileFacts[]> {
  return page.evaluate(async () => {
    const database = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('scope-journal');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error ?? new Error('open failed'));
    });
    const rows = await new Promise<{ hash: string; blob: Blob; thumbnail: Blob | null }[]>((resolve, reject) => {
      const request = database.transaction('attachments').objectStore('attachments').getAll();
      request.onsuccess = () => resolve(request.result as { hash: string; blob: Blob; thumbnail: Blob | null }[]);
      request.onerror = () => reject(request.error ?? new Error('read failed'));
    });
    database.close();
    const hex = (buffer: ArrayBuffer) => Array.from(new Uint8Array(buffer), (byte) => byte.toString(16).padStart(2, '0')).join('');
    const files = await Promise.all(
      rows.map(async (row) => ({
        key: row.hash,
        sha256: hex(await crypto.subtle.digest('SHA-256', await row.blob.arrayBuffer())),
        type: row.blob.type,
        hasThumbnail: row.thumbnail !== null && row.thumbnail.size > 0,
      })),
    );
    return files.sort((left, right) => left.key.localeCompare(right.key));
  });
}
