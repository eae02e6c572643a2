import { useCallback, useState } from 'react';
import { encryptedBackupSignature } from '../../../../src-main/shared/contract';

/** What the Data screen says about the last thing it did: progress, a result, or an error. */
export type DataStatus = { tone: 'working' | 'info' | 'error'; message: string } | null;

/** Runs one task at a time; its outcome becomes the screen's status (errors go to an alert). */
export type RunTask = (working: string, action: () => Promise<string | null>) => Promise<void>;

export function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

export function useDataTask(): { status: DataStatus; isWorking: boolean; run: RunTask; setStatus: (status: DataStatus) => void } {
  const [status, setStatus] = useState<DataStatus>(null);
  const run = useCallback<RunTask>(async (working, action) => {
    setStatus({ tone: 'working', message: working });
    try {
      const message = await action();
      setStatus(message ? { tone: 'info', message } : null);
    } catch (error) {
      setStatus({ tone: 'error', message: errorMessage(error) });
    }
  }, []);
  return { status, isWorking: status?.tone === 'working', run, setStatus };
}

/** "1.2 MB", "340 KB": a file's size for people. */
export function formatBytes(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
  return `${Math.max(1, Math.round(bytes / 1024)).toLocaleString('en-US')} KB`;
}

/** "21 Nov 2026, 18:05" in the user's own time zone. */
export function formatInstant(instant: string): string {
  const date = new Date(instant);
  if (Number.isNaN(date.getTime())) return instant;
  return date.toLocaleString('en-GB', { day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit' });
}

/** True when the bytes are an encrypted Scope Journal backup (they start with its signature). */
export function isEncryptedBackupBytes(bytes: Uint8Array): boolean {
  return Array.from(encryptedBackupSignature).every((character, index) => bytes[index] === character.charCodeAt(0));
}
