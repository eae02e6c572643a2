import { useId } from 'react';
import type { Packet } from '../../domain/types';

/** Why images are left out, or what to watch for, as the options stand; null when nothing needs saying. */
function imagesNote(options: Packet['options']): { text: string; isWarning: boolean } | null {
  const isIncluded = options.includeImages === true;
  if (options.redactPeople && !isIncluded) {
    return { text: 'Images are left out while people are redacted: names in a picture cannot be redacted.', isWarning: false };
  }
  if (options.redactPeople) {
    return { text: 'Names in a picture cannot be redacted: look at each image before you share this packet.', isWarning: true };
  }
  if (isIncluded && !options.includeAppendix)
    return { text: 'Images print under their entries in the appendix, which is off.', isWarning: false };
  return null;
}

/**
 * "Include images": each appendix entry's images printed under it. Turning "Redact people" on
 * turns it off (see `withRedaction`), and the note beside it says why; ticked again while
 * redacting, the note stays as a warning.
 */
export function IncludeImagesOption({ options, onChange }: { options: Packet['options']; onChange: (includeImages: boolean) => void }) {
  const noteId = useId();
  const note = imagesNote(options);
  return (
    <div className="packet-images-option">
      <label className="checkbox-label">
        <input
          type="checkbox"
          checked={options.includeImages === true}
          aria-describedby={note ? noteId : undefined}
          onChange={(event) => onChange(event.target.checked)}
        />
        <span>Include images</span>
      </label>
      {note && (
        <p id={noteId} className={note.isWarning ? 'field-hint packet-images-warning' : 'field-hint'}>
          {note.text}
        </p>
      )}
    </div>
  );
}
