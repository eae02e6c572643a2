import type { Status } from './status';

/** A section's status line: announced politely when it confirms, as an alert when it is a problem. */
export function StatusMessage({ status }: { status: Status }) {
  if (!status) return null;
  return (
    <p role={status.tone === 'error' ? 'alert' : 'status'} className={`growth-status ${status.tone}`}>
      {status.message}
    </p>
  );
}
