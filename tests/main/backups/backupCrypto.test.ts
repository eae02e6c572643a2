import { describe, expect, it } from 'vitest';
import {
  decryptBackup,
  encryptBackup,
  isEncryptedBackup,
  type BackupEncryptionOptions,
} from '../../../src-main/services/backups/backupCrypto';

/** Cheap key derivation, so the suite stays fast; production keeps the slow default. */
const fast: BackupEncryptionOptions = { scrypt: { logCost: 10, blockSize: 8, parallelism: 1 } };
const passphrase = 'correct horse battery';
const plaintext = new TextEncoder().encode('{"format":"scope-journal-backup","entries":["Led the migration"]}');
const wrongPassphraseMessage = 'The passphrase is wrong, or the backup file has been altered; nothing was restored.';

describe('encryptBackup and decryptBackup', () => {
  it('round-trip, without the plaintext appearing in the file', async () => {
    const file = await encryptBackup(plaintext, passphrase, fast);
    expect(isEncryptedBackup(file)).toBe(true);
    expect(Buffer.from(file).includes(Buffer.from('migration'))).toBe(false);
    expect(file.byteLength).toBe(53 + plaintext.byteLength);
    expect(await decryptBackup(file, passphrase)).toEqual(Buffer.from(plaintext));
  });

  it('use a new salt and IV for every file', async () => {
    const first = Buffer.from(await encryptBackup(plaintext, passphrase, fast));
    const second = Buffer.from(await encryptBackup(plaintext, passphrase, fast));
    expect(first.subarray(9, 37).equals(second.subarray(9, 37))).toBe(false);
  });

  it('derive the key from the same passphrase however its accents are composed', async () => {
    const file = await encryptBackup(plaintext, 'café au lait', fast);
    expect(await decryptBackup(file, 'cafe\u0301 au lait')).toEqual(Buffer.from(plaintext));
  });

  it('write the slow default parameters into the header', async () => {
    const file = await encryptBackup(new Uint8Array([1]), passphrase);
    expect(Buffer.from(file.subarray(0, 9))).toEqual(Buffer.from([...Buffer.from('SJBK1'), 1, 17, 8, 1]));
  });

  it('refuse a short passphrase', async () => {
    await expect(encryptBackup(plaintext, 'short', fast)).rejects.toThrow('The backup passphrase must be at least 8 characters long.');
    await expect(decryptBackup(await encryptBackup(plaintext, passphrase, fast), '')).rejects.toThrow(/Enter the passphrase/);
  });

  it('fail clearly on a wrong passphrase', async () => {
    const file = await encryptBackup(plaintext, passphrase, fast);
    await expect(decryptBackup(file, 'correct horse battery!')).rejects.toThrow(wrongPassphraseMessage);
  });

  it.each([
    ['the ciphertext', 60],
    ['the authentication tag', 40],
    ['the IV', 30],
    ['the salt', 10],
  ])('fail clearly when a byte of %s is changed', async (_part, offset) => {
    const file = Buffer.from(await encryptBackup(plaintext, passphrase, fast));
    file[offset] = (file[offset] ?? 0) ^ 0x01;
    await expect(decryptBackup(file, passphrase)).rejects.toThrow(wrongPassphraseMessage);
  });

  it('fail clearly on a truncated file', async () => {
    const file = await encryptBackup(plaintext, passphrase, fast);
    await expect(decryptBackup(file.subarray(0, file.byteLength - 1), passphrase)).rejects.toThrow(wrongPassphraseMessage);
    await expect(decryptBackup(file.subarray(0, 40), passphrase)).rejects.toThrow(/header is missing or damaged/);
  });

  it.each([
    ['a plain JSON backup', () => Buffer.from('{"entries":[]}')],
    ['an empty file', () => Buffer.alloc(0)],
    ['an unknown key derivation', (file: Buffer) => Buffer.concat([file.subarray(0, 5), Buffer.from([9]), file.subarray(6)])],
    ['a cost beyond the limit', (file: Buffer) => Buffer.concat([file.subarray(0, 6), Buffer.from([40]), file.subarray(7)])],
    ['a zero block size', (file: Buffer) => Buffer.concat([file.subarray(0, 7), Buffer.from([0]), file.subarray(8)])],
    ['a garbled version', (file: Buffer) => Buffer.concat([Buffer.from('SJBKx'), file.subarray(5)])],
  ])('fail clearly on a garbled header: %s', async (_case, garble) => {
    const file = garble(Buffer.from(await encryptBackup(plaintext, passphrase, fast)));
    await expect(decryptBackup(file, passphrase)).rejects.toThrow(
      'This file is not a readable encrypted Scope Journal backup (its header is missing or damaged); nothing was restored.',
    );
  });

  it('say when a file comes from a newer format', async () => {
    const file = Buffer.from(await encryptBackup(plaintext, passphrase, fast));
    file.write('2', 4, 'ascii');
    expect(isEncryptedBackup(file)).toBe(true);
    await expect(decryptBackup(file, passphrase)).rejects.toThrow(/made by a newer version of Scope Journal/);
  });
});

describe('isEncryptedBackup', () => {
  it('tells encrypted backups from plain ones', () => {
    expect(isEncryptedBackup(Buffer.from('SJBK1…'))).toBe(true);
    expect(isEncryptedBackup(Buffer.from('{"entries":[]}'))).toBe(false);
    expect(isEncryptedBackup(Buffer.from('SJB'))).toBe(false);
  });
});
