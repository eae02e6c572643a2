/** Why a text is shown as plain text rather than formatted. */
export type PlainReason = 'nesting' | 'size' | 'error';

const notes: Record<PlainReason, string> = {
  nesting: 'Shown as plain text: this formatting is nested too deeply to display.',
  size: 'Shown as plain text: this text has too much formatting to display quickly.',
  error: 'Shown as plain text: this formatting could not be displayed.',
};

/**
 * Markdown that cannot be formatted safely, shown as written: every character kept, line breaks
 * included. It is React text, never HTML, so it can run no script.
 */
export function PlainMarkdown({ markdown, reason }: { markdown: string; reason: PlainReason }) {
  return (
    <div className="markdown markdown-plain">
      <p className="markdown-plain-note" role="note">
        {notes[reason]}
      </p>
      <div className="markdown-plain-text">{markdown}</div>
    </div>
  );
}
