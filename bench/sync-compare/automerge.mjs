// @ts-check
/**
 * Design (a) of issue 17: `@automerge/automerge-repo` with a storage adapter that writes to the
 * synced folder, behind the device interface of `run.mjs`.
 *
 * Folder layout (`folder` is the Dropbox/Syncthing folder both computers see):
 *
 *     <folder>/devices/<deviceId>/repo/…           that device's automerge-repo storage root
 *     <folder>/devices/<deviceId>/journal-url      the journal's root document URL, written once
 *
 * Each device is one `Repo` whose storage adapter (`FolderStorageAdapter`, below: the file layout of
 * `@automerge/automerge-repo-storage-nodefs`, which is not installed) has its own root, so a device
 * only ever creates, rewrites or deletes files under its own `devices/<deviceId>/`. automerge-repo
 * assumes one repo per storage root; sharing one root between two machines would mean two writers
 * compacting (deleting) each other's chunks, so it is not done here.
 *
 * There is no network adapter: the folder is the only transport. A device learns what the other
 * wrote by listing the other's storage root, reading the chunk files it has not read before, and
 * handing each document's chunks to its own repo with `repo.import(bytes, { docId })`, which is
 * `Automerge.loadIncremental` into the handle with that document id (the same call the storage
 * subsystem uses to load a document from its own root). Its repo then saves the result under its own
 * root: every device's folder ends up holding a full copy of the journal. The names of the chunk
 * files read are kept in memory only (a restarted device reads the other's files again), and a chunk
 * still being written by the folder's sync client is left for the next sync: an incremental chunk
 * whose bytes do not hash to its name (Automerge silently ignores a truncated one), or a snapshot
 * that does not parse.
 *
 * Two layouts of the journal:
 * - `per-entry`: one document per entry, plus a root document `{ entries: { [entryId]: url } }`;
 * - `single`: one root document `{ entries: { [entryId]: Entry } }` holding every entry.
 *
 * Fields: `body` is Automerge text edited with `updateText` (a character diff, so concurrent edits
 * to different places merge) unless `bodyText: 'assign'` is given, which assigns the whole string
 * (a register: one concurrent write wins). Every other field is assigned as a whole (a register;
 * arrays are replaced, not merged).
 */

import { createHash, randomUUID } from 'node:crypto';
import { mkdir, readdir, readFile, rm, unlink, writeFile } from 'node:fs/promises';
import path from 'node:path';

import * as Automerge from '@automerge/automerge';
import { Repo } from '@automerge/automerge-repo';

/** @typedef {import('./data.mjs').Entry} Entry */
/** @typedef {import('@automerge/automerge-repo').StorageKey} StorageKey */
/** @typedef {import('@automerge/automerge-repo').DocumentId} DocumentId */
/** @typedef {import('@automerge/automerge-repo').AutomergeUrl} AutomergeUrl */
/** @typedef {'per-entry' | 'single'} Layout */
/** @typedef {{ layout: Layout, bodyText?: 'splice' | 'assign' }} AutomergeOptions */

export const variants = [
  { key: 'automerge-per-entry', label: '(a) automerge-repo, one document per entry', options: { layout: 'per-entry' } },
  { key: 'automerge-single', label: '(a) automerge-repo, one document for the journal', options: { layout: 'single' } },
];

/** Run in the conflict scenario only: the body assigned as a whole string instead of diffed into the text. */
export const conflictVariants = [
  {
    key: 'automerge-per-entry-body-assigned',
    label: '(a) automerge-repo, one document per entry, body assigned whole',
    options: { layout: 'per-entry', bodyText: 'assign' },
  },
];

/**
 * automerge-repo's `StorageAdapterInterface` over node:fs, with the file layout of
 * `NodeFSStorageAdapter`: key `[documentId, 'snapshot', hash]` is the file
 * `<root>/<documentId[0..2]>/<documentId[2..]>/snapshot/<hash>`. Unlike that adapter it keeps no
 * in-memory copy of every value it saved. Files are written in place (no temporary file and
 * rename), as that adapter does. Counts what it does, for the report.
 */
export class FolderStorageAdapter {
  /** @param {string} root */
  constructor(root) {
    this.root = root;
    this.counts = { filesWritten: 0, bytesWritten: 0, filesRemoved: 0 };
  }

  /** @param {StorageKey} key */
  filePath(key) {
    const [first = '', ...rest] = key;
    return path.join(this.root, first.slice(0, 2), first.slice(2), ...rest);
  }

  /** @param {StorageKey} key @returns {Promise<Uint8Array | undefined>} */
  async load(key) {
    try {
      return new Uint8Array(await readFile(this.filePath(key)));
    } catch (error) {
      if (/** @type {NodeJS.ErrnoException} */ (error).code === 'ENOENT') return undefined;
      throw error;
    }
  }

  /** @param {StorageKey} key @param {Uint8Array} data */
  async save(key, data) {
    const file = this.filePath(key);
    await mkdir(path.dirname(file), { recursive: true });
    await writeFile(file, data);
    this.counts.filesWritten += 1;
    this.counts.bytesWritten += data.byteLength;
  }

  /** @param {StorageKey} key */
  async remove(key) {
    try {
      await unlink(this.filePath(key));
      this.counts.filesRemoved += 1;
    } catch (error) {
      if (/** @type {NodeJS.ErrnoException} */ (error).code !== 'ENOENT') throw error;
    }
  }

  /** @param {StorageKey} prefix */
  async loadRange(prefix) {
    const base = this.filePath(prefix);
    /** @type {string[]} */
    let names;
    try {
      names = /** @type {string[]} */ (await readdir(base, { recursive: true }));
    } catch (error) {
      if (/** @type {NodeJS.ErrnoException} */ (error).code === 'ENOENT') return [];
      throw error;
    }
    const chunks = [];
    for (const name of names) {
      const key = [...prefix, ...name.split(path.sep)];
      const data = await this.load(key).catch(() => undefined); // a directory reads as EISDIR
      if (data !== undefined) chunks.push({ key, data });
    }
    return chunks;
  }

  /** @param {StorageKey} prefix */
  async removeRange(prefix) {
    await rm(this.filePath(prefix), { recursive: true, force: true });
  }
}

/**
 * @param {string} folder the shared folder
 * @param {string} deviceId
 * @param {AutomergeOptions} options
 */
export async function createDevice(folder, deviceId, options) {
  const layout = options.layout;
  const bodyText = options.bodyText ?? 'splice';
  const own = path.join(folder, 'devices', deviceId);
  const storage = new FolderStorageAdapter(path.join(own, 'repo'));
  await mkdir(storage.root, { recursive: true });
  // No network adapters: the repo only reads and writes its own storage root.
  const repo = new Repo({ storage, network: [], peerId: /** @type {any} */ (`device-${deviceId}-${randomUUID()}`) });

  /** @type {import('@automerge/automerge-repo').DocHandle<any> | undefined} */
  let root;
  /** Chunk files of other devices already taken in, per device, by path relative to their storage root. */
  /** @type {Map<string, Set<string>>} */
  const seen = new Map();
  const readCounts = { filesRead: 0, bytesRead: 0, incomplete: 0 };

  /** @param {string} url */
  const docIdOf = (url) => /** @type {DocumentId} */ (url.replace(/^automerge:/, ''));

  async function ensureRoot() {
    if (root) return root;
    root = repo.create({ entries: {} });
    await writeFile(path.join(own, 'journal-url'), root.url);
    return root;
  }

  /** The handle of an entry's document (per-entry layout). @param {string} id */
  function entryHandle(id) {
    const url = root?.doc().entries[id];
    if (!url) throw new Error(`no entry ${id} on device ${deviceId}`);
    const handle = repo.handles[docIdOf(url)];
    if (!handle) throw new Error(`entry ${id}'s document has not arrived on device ${deviceId}`);
    return handle;
  }

  /**
   * Applies `changes` to the entry object `target` inside a change callback.
   * @param {any} doc the change callback's document
   * @param {(string | number)[]} at path of the entry in `doc`
   * @param {Partial<Entry>} changes
   */
  function applyChanges(doc, at, changes) {
    /** @type {any} */
    let target = doc;
    for (const part of at) target = target[part];
    for (const [field, value] of Object.entries(changes)) {
      if (field === 'body' && bodyText === 'splice' && typeof value === 'string') Automerge.updateText(doc, [...at, 'body'], value);
      else target[field] = value;
    }
  }

  /** Reads another device's storage root and imports every chunk file not read before. @param {string} peer */
  async function takeIn(peer) {
    const peerRoot = path.join(folder, 'devices', peer, 'repo');
    let seenHere = seen.get(peer);
    if (!seenHere) seen.set(peer, (seenHere = new Set()));
    /** @type {string[]} */
    let names;
    try {
      names = /** @type {string[]} */ (await readdir(peerRoot, { recursive: true }));
    } catch (error) {
      if (/** @type {NodeJS.ErrnoException} */ (error).code === 'ENOENT') return;
      throw error;
    }
    /** @type {Map<string, { snapshots: string[], incrementals: string[] }>} */
    const byDoc = new Map();
    for (const name of names) {
      const parts = name.split(path.sep);
      if (parts.length !== 4 || (parts[2] !== 'snapshot' && parts[2] !== 'incremental') || seenHere.has(name)) continue;
      const docId = `${parts[0]}${parts[1]}`;
      let files = byDoc.get(docId);
      if (!files) byDoc.set(docId, (files = { snapshots: [], incrementals: [] }));
      (parts[2] === 'snapshot' ? files.snapshots : files.incrementals).push(name);
    }
    for (const [docId, files] of byDoc) {
      /** @type {Uint8Array[]} */
      const parts = [];
      /** @type {string[]} */
      const read = [];
      for (const name of [...files.snapshots, ...files.incrementals]) {
        /** @type {Buffer} */
        let data;
        try {
          data = await readFile(path.join(peerRoot, name));
        } catch (error) {
          // Compacted away by its owner since the listing: the snapshot replacing it is read next time.
          if (/** @type {NodeJS.ErrnoException} */ (error).code === 'ENOENT') continue;
          throw error;
        }
        readCounts.filesRead += 1;
        readCounts.bytesRead += data.byteLength;
        // An incremental chunk is named by the SHA-256 of its bytes. One that does not match is not
        // complete yet (the folder's sync client is still writing it): Automerge would ignore it
        // without an error, so it is left for the next sync rather than marked as read.
        if (name.split(path.sep)[2] === 'incremental' && createHash('sha256').update(data).digest('hex') !== path.basename(name)) {
          readCounts.incomplete += 1;
          continue;
        }
        parts.push(data);
        read.push(name);
      }
      if (parts.length === 0) continue;
      try {
        repo.import(Buffer.concat(parts), { docId: /** @type {DocumentId} */ (docId) });
      } catch {
        // A truncated snapshot does not parse ("not enough data"): try again at the next sync.
        readCounts.incomplete += 1;
        continue;
      }
      for (const name of read) seenHere.add(name);
    }
    if (!root) {
      try {
        const url = (await readFile(path.join(folder, 'devices', peer, 'journal-url'), 'utf8')).trim();
        const handle = repo.handles[docIdOf(url)];
        if (handle) {
          root = handle;
          await writeFile(path.join(own, 'journal-url'), url);
        }
      } catch (error) {
        if (/** @type {NodeJS.ErrnoException} */ (error).code !== 'ENOENT') throw error;
      }
    }
  }

  return {
    deviceId,
    storage,
    readCounts,

    /** @param {Entry[]} entries */
    async putEntries(entries) {
      const journal = await ensureRoot();
      if (layout === 'single') {
        journal.change((doc) => {
          for (const entry of entries) doc.entries[entry.id] = entry;
        });
        return;
      }
      /** @type {[string, AutomergeUrl][]} */
      const urls = [];
      for (const entry of entries) urls.push([entry.id, repo.create(entry).url]);
      journal.change((doc) => {
        for (const [id, url] of urls) doc.entries[id] = url;
      });
    },

    /** @param {string} id @param {Partial<Entry>} changes */
    async editEntry(id, changes) {
      if (layout === 'single') {
        if (!root?.doc().entries[id]) throw new Error(`no entry ${id} on device ${deviceId}`);
        root.change((doc) => applyChanges(doc, ['entries', id], changes));
        return;
      }
      entryHandle(id).change((doc) => applyChanges(doc, [], changes));
    },

    /** Writes this device's changes to its own folder, then takes in every other device's files. */
    async sync() {
      await repo.flush();
      /** @type {string[]} */
      let peers = [];
      try {
        peers = (await readdir(path.join(folder, 'devices'))).filter((name) => name !== deviceId);
      } catch (error) {
        if (/** @type {NodeJS.ErrnoException} */ (error).code !== 'ENOENT') throw error;
      }
      for (const peer of peers) await takeIn(peer);
      // What was taken in is saved under this device's own root too.
      await repo.flush();
    },

    /** @returns {Promise<Entry[]>} */
    async entries() {
      if (!root) return [];
      const index = root.doc().entries;
      if (layout === 'single') return Object.values(index).map((entry) => /** @type {Entry} */ ({ ...entry }));
      /** @type {Entry[]} */
      const out = [];
      for (const url of Object.values(index)) {
        const handle = repo.handles[docIdOf(url)];
        if (handle) out.push(/** @type {Entry} */ ({ ...handle.doc() }));
      }
      return out;
    },

    /** Automerge's view of a field's concurrent values (conflict scenario). @param {string} id @param {string} field */
    conflicts(id, field) {
      const doc = layout === 'single' ? root?.doc().entries[id] : entryHandle(id).doc();
      const values = doc ? Automerge.getConflicts(doc, field) : undefined;
      return values ? Object.values(values).map(String) : [];
    },

    async close() {
      await repo.shutdown();
    },
  };
}
