/**
 * The SHA-256 of a file's bytes as 64 lowercase hex digits: the key an attachment is stored under,
 * so the same file attached twice, to one entry or to many, is stored once.
 */
export async function attachmentHash(bytes: Uint8Array<ArrayBuffer>): Promise<string> {
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', bytes));
  return Array.from(digest, (byte) => byte.toString(16).padStart(2, '0')).join('');
}

/** Whether `value` is a hash as `attachmentHash` writes it. */
export function isAttachmentHash(value: string): boolean {
  return /^[0-9a-f]{64}$/.test(value);
}
