/**
 * The backup checksum.
 *
 * The checksum is `checksum.value`: the SHA-256 digest, as 64 lowercase hex digits, of the UTF-8
 * bytes of `canonicalJson(data)` — `data` written as JSON with no whitespace, the keys of every
 * object sorted by UTF-16 code unit (arrays keep their order), strings and numbers as
 * `JSON.stringify` writes them. That is the RFC 8785 (JCS) form for every value the app stores, so
 * it does not depend on how the file is laid out. To re-verify by hand:
 *
 *   python3 -c 'import json,hashlib,sys; d=json.load(open(sys.argv[1]))["data"];
 *     print(hashlib.sha256(json.dumps(d,sort_keys=True,separators=(",",":"),ensure_ascii=False).encode()).hexdigest())' backup.json
 */
import { maximumNestingDepth } from '../nestingDepth';
import type { BackupTableName } from './backupRecordSchemas';

/** An array or object being written: the array, or the object and its sorted keys; `index` items are written. */
interface OpenContainer {
  source: readonly unknown[] | Readonly<Record<string, unknown>>;
  keys: readonly string[] | null;
  index: number;
}

/** `value`'s opening bracket, and its container on `open`; a scalar's JSON, as `JSON.stringify` writes it. */
function opening(value: unknown, open: OpenContainer[]): string {
  if (Array.isArray(value)) {
    open.push({ source: value, keys: null, index: 0 });
    return '[';
  }
  if (value !== null && typeof value === 'object') {
    const record = value as Record<string, unknown>;
    const keys = Object.keys(record)
      .filter((key) => record[key] !== undefined)
      .sort();
    open.push({ source: record, keys, index: 0 });
    return '{';
  }
  return JSON.stringify(value) ?? 'null';
}

/** `value` as canonical JSON, written with an explicit stack of open containers, so any depth is written. */
function canonicalJsonOfAnyDepth(value: unknown): string {
  const open: OpenContainer[] = [];
  let text = opening(value, open);
  for (let container = open.at(-1); container !== undefined; container = open.at(-1)) {
    const { source, keys, index } = container;
    if (index === (keys === null ? (source as readonly unknown[]).length : keys.length)) {
      text += keys === null ? ']' : '}';
      open.pop();
      continue;
    }
    if (index > 0) text += ',';
    container.index = index + 1;
    if (keys === null) {
      text += opening((source as readonly unknown[])[index], open);
    } else {
      const key = keys[index] ?? '';
      text += `${JSON.stringify(key)}:${opening((source as Readonly<Record<string, unknown>>)[key], open)}`;
    }
  }
  return text;
}

/**
 * `value` as canonical JSON by recursion, which is twice as fast as the explicit stack, for the
 * first `maximumNestingDepth` levels; anything deeper is handed to the explicit stack, so no depth
 * overflows it.
 */
function canonicalJsonFrom(value: unknown, depth: number): string {
  if (depth === maximumNestingDepth) return canonicalJsonOfAnyDepth(value);
  if (Array.isArray(value)) {
    return `[${value.map((item: unknown) => (item === undefined ? 'null' : canonicalJsonFrom(item, depth + 1))).join(',')}]`;
  }
  if (value !== null && typeof value === 'object') {
    const record = value as Record<string, unknown>;
    const members: string[] = [];
    for (const key of Object.keys(record).sort()) {
      if (record[key] !== undefined) members.push(`${JSON.stringify(key)}:${canonicalJsonFrom(record[key], depth + 1)}`);
    }
    return `{${members.join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

/**
 * `value` as canonical JSON: no whitespace, object keys sorted by UTF-16 code unit, arrays in order,
 * properties whose value is undefined left out (as `JSON.stringify` does). Used for the checksum.
 */
export function canonicalJson(value: unknown): string {
  return canonicalJsonFrom(value, 0);
}

/**
 * The backup checksum of `data`: SHA-256 of its canonical JSON in UTF-8, as lowercase hex. `data`
 * has the tables of the file's format, and only those: a format-1 file's seven tables, format 2's
 * nine (an empty Inbox table is still part of what is hashed).
 */
export async function backupChecksum(data: Readonly<Partial<Record<BackupTableName, readonly unknown[]>>>): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(canonicalJson(data)));
  return Array.from(new Uint8Array(digest), (byte) => byte.toString(16).padStart(2, '0')).join('');
}
