import { describe, expect, it, vi } from 'vitest';
import { decryptBackup, encryptBackup } from '../../../src-main/services/backups/backupCrypto';
import * as fileKeys from '../../../src-main/services/backups/fileKeyEncryption';
import { createSyncKeyRing } from '../../../src-main/services/sync/syncKeys';

/* Many files under one key, in the backups' exact layout, and the key ring that derives each key once. */

vi.mock('../../../src-main/services/backups/fileKeyEncryption', { spy: true });

const cheap = { logCost: 10, blockSize: 8, parallelism: 1 };
const passphrase = 'correct horse battery';
const plaintext = new TextEncoder().encode('{"changes":["Led the migration"]}');

describe('encryption with a derived key', () => {
  it('writes the backups’ layout: a backup restore opens it with the passphrase alone', async () => {
    const key = await fileKeys.deriveFileEncryptionKey(passphrase, fileKeys.createEncryptionSalt(), cheap);
    const file = fileKeys.encryptWithKey(plaintext, key);
    expect(Buffer.from(file.subarray(0, 9))).toEqual(Buffer.from([...Buffer.from('SJBK1'), 1, 10, 8, 1]));
    expect(Buffer.from(file.subarray(9, 25))).toEqual(Buffer.from(key.salt));
    expect(file.byteLength).toBe(fileKeys.encryptedFileOverheadBytes + plaintext.byteLength);
    expect(await decryptBackup(file, passphrase)).toEqual(Buffer.from(plaintext));
  });

  it('opens a backup with the key of its header', async () => {
    const backup = await encryptBackup(plaintext, passphrase, { scrypt: cheap });
    const derivation = fileKeys.readKeyDerivation(backup);
    const key = await fileKeys.deriveFileEncryptionKey(passphrase, derivation.salt, derivation.parameters);
    expect(fileKeys.decryptWithKey(backup, key)).toEqual(Buffer.from(plaintext));
  });

  it('gives every file a fresh IV under the same salt', async () => {
    const key = await fileKeys.deriveFileEncryptionKey(passphrase, fileKeys.createEncryptionSalt(), cheap);
    const first = Buffer.from(fileKeys.encryptWithKey(plaintext, key));
    const second = Buffer.from(fileKeys.encryptWithKey(plaintext, key));
    expect(first.subarray(9, 25).equals(second.subarray(9, 25))).toBe(true);
    expect(first.subarray(25, 37).equals(second.subarray(25, 37))).toBe(false);
  });

  it('refuses a file cut short, altered, or of another key, returning nothing', async () => {
    const key = await fileKeys.deriveFileEncryptionKey(passphrase, fileKeys.createEncryptionSalt(), cheap);
    const other = await fileKeys.deriveFileEncryptionKey('another passphrase', key.salt, cheap);
    const file = fileKeys.encryptWithKey(plaintext, key);
    expect(() => fileKeys.decryptWithKey(file.subarray(0, file.byteLength - 1), key)).toThrow(/passphrase is wrong/);
    expect(() => fileKeys.decryptWithKey(file.subarray(0, 30), key)).toThrow(/header is missing or damaged/);
    const altered = Uint8Array.from(file);
    altered[5] = 2;
    expect(() => fileKeys.decryptWithKey(altered, key)).toThrow();
    expect(() => fileKeys.decryptWithKey(file, other)).toThrow(/passphrase is wrong/);
    const elsewhere = await fileKeys.deriveFileEncryptionKey(passphrase, fileKeys.createEncryptionSalt(), cheap);
    expect(() => fileKeys.decryptWithKey(file, elsewhere)).toThrow(/another key/);
    await expect(fileKeys.deriveFileEncryptionKey(passphrase, new Uint8Array(8), cheap)).rejects.toThrow(/16 bytes/);
    await expect(fileKeys.deriveFileEncryptionKey(passphrase, key.salt, { ...cheap, logCost: 30 })).rejects.toThrow(/not supported/);
  });
});

describe('the key ring of a sync passphrase', () => {
  it('derives each computer’s key once, however many of its files it reads', async () => {
    const anaSalt = fileKeys.createEncryptionSalt();
    const benSalt = fileKeys.createEncryptionSalt();
    const ana = createSyncKeyRing(passphrase, anaSalt, cheap);
    const ben = createSyncKeyRing(passphrase, benSalt, cheap);
    const anaFiles = await Promise.all(Array.from({ length: 20 }, (_, index) => ana.encrypt(new TextEncoder().encode(`batch ${index}`))));
    const benFiles = await Promise.all(Array.from({ length: 20 }, (_, index) => ben.encrypt(new TextEncoder().encode(`batch ${index}`))));

    const reader = createSyncKeyRing(passphrase, fileKeys.createEncryptionSalt(), cheap);
    vi.mocked(fileKeys.deriveFileEncryptionKey).mockClear();
    const read = await Promise.all([...anaFiles, ...benFiles].map((file) => reader.decrypt(file)));
    expect(read.map((bytes) => new TextDecoder().decode(bytes ?? new Uint8Array()))).toEqual([
      ...Array.from({ length: 20 }, (_, index) => `batch ${index}`),
      ...Array.from({ length: 20 }, (_, index) => `batch ${index}`),
    ]);
    expect(vi.mocked(fileKeys.deriveFileEncryptionKey)).toHaveBeenCalledTimes(2);
  });

  it('reads a file it cannot open whole as null, never throwing', async () => {
    const ring = createSyncKeyRing(passphrase, fileKeys.createEncryptionSalt(), cheap);
    const file = await ring.encrypt(plaintext);
    const stranger = createSyncKeyRing('not the passphrase', fileKeys.createEncryptionSalt(), cheap);
    await expect(stranger.decrypt(file)).resolves.toBeNull();
    await expect(ring.decrypt(file.subarray(0, file.byteLength - 3))).resolves.toBeNull();
    await expect(ring.decrypt(new TextEncoder().encode('{"not":"encrypted"}'))).resolves.toBeNull();
    await expect(ring.decrypt(new Uint8Array())).resolves.toBeNull();
    await expect(ring.decrypt(file)).resolves.toEqual(Buffer.from(plaintext));
  });
});
