import { useState } from 'react';

/** A command to run in a terminal, shown whole, with "Copy command". */
export function CopyCommand({ command, label }: { command: string; label: string }) {
  const [status, setStatus] = useState('');
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(command);
      setStatus('Command copied.');
    } catch {
      setStatus('Could not copy: select the command and copy it yourself.');
    }
  };
  return (
    <>
      <pre className="inbox-command">
        <code aria-label={label}>{command}</code>
      </pre>
      <p className="inbox-command-actions">
        <button type="button" onClick={() => void copy()}>
          Copy command
        </button>
        <span role="status" className="muted">
          {status}
        </span>
      </p>
    </>
  );
}
