import { describeHiddenCharacters, findHiddenCharacters, withoutHiddenCharacters } from '../domain/hiddenCharacters';

interface HiddenCharactersWarningProps {
  /** The field's current text. */
  text: string;
  /** What the text is, for the sentence: "title". */
  what?: string;
  /** Called with the text without its hidden characters. */
  onRemove: (cleaned: string) => void;
}

/**
 * Names the hidden control characters in a field's text (a title pasted or imported with U+202E
 * reads backwards and looks harmless), with a button that removes them. The status region stays in
 * place while empty, so a screen reader announces the warning when it appears.
 */
export function HiddenCharactersWarning({ text, what = 'title', onRemove }: HiddenCharactersWarningProps) {
  const found = findHiddenCharacters(text);
  return (
    <div role="status" className="hidden-characters">
      {found.length > 0 && (
        <>
          <span>{describeHiddenCharacters(found, what)}</span>{' '}
          <button type="button" className="link-button" onClick={() => onRemove(withoutHiddenCharacters(text))}>
            Remove hidden characters
          </button>
        </>
      )}
    </div>
  );
}
