import { checkGlobalAccelerator } from '../../../../src-main/shared/accelerator';

/*
 * Turns a key combination pressed in the "Quick capture shortcut" field into the accelerator text
 * it stands for, as the desktop spells it. Keys are read by their place on the keyboard (`code`),
 * not by what they type: with Alt or Option held, J types "∆" on a Mac.
 */

/** The parts of a keyboard event that name a key combination. */
export interface PressedKeys {
  code: string;
  ctrlKey: boolean;
  altKey: boolean;
  shiftKey: boolean;
  metaKey: boolean;
}

/** Keys named by their `code`, other than letters, digits and F-keys. */
const keysByCode: Record<string, string> = {
  Space: 'Space',
  Enter: 'Return',
  NumpadEnter: 'Return',
  Tab: 'Tab',
  Backspace: 'Backspace',
  Delete: 'Delete',
  Insert: 'Insert',
  Home: 'Home',
  End: 'End',
  PageUp: 'PageUp',
  PageDown: 'PageDown',
  ArrowUp: 'Up',
  ArrowDown: 'Down',
  ArrowLeft: 'Left',
  ArrowRight: 'Right',
  Minus: '-',
  Equal: '=',
  BracketLeft: '[',
  BracketRight: ']',
  Backslash: '\\',
  Semicolon: ';',
  Quote: "'",
  Comma: ',',
  Period: '.',
  Slash: '/',
  Backquote: '`',
  NumpadAdd: 'numadd',
  NumpadSubtract: 'numsub',
  NumpadMultiply: 'nummult',
  NumpadDivide: 'numdiv',
  NumpadDecimal: 'numdec',
};

/** The accelerator name of the key at `code`, or undefined for a modifier or a key it has no name for. */
function keyOfCode(code: string): string | undefined {
  const match = /^(?:Key([A-Z])|Digit(\d)|Numpad(\d)|(F\d{1,2}))$/.exec(code);
  if (match) {
    const [, letter, digit, numpadDigit, functionKey] = match;
    return letter ?? digit ?? (numpadDigit === undefined ? functionKey : `num${numpadDigit}`);
  }
  return keysByCode[code];
}

/** The field's own editing keys (select all, copy, cut, paste, undo, redo), with Ctrl or ⌘ alone. */
const editingKeys = new Set(['A', 'C', 'V', 'X', 'Y', 'Z']);

/**
 * The accelerator of the combination pressed (`Ctrl+Alt+J`; `Cmd+Alt+J` on a Mac), or undefined
 * while it is no shortcut yet: only modifiers held, or no modifier but Shift (then the key types
 * into the field, so the combination can be typed as text too). Ctrl or ⌘ alone with an editing
 * key (copy, paste…) edits the field, as everywhere: no app should take those keys from the others.
 */
export function acceleratorOfKeys(keys: PressedKeys, isMac: boolean): string | undefined {
  const key = keyOfCode(keys.code);
  if (key === undefined) return undefined;
  const hasPrimaryAlone = (isMac ? keys.metaKey && !keys.ctrlKey : keys.ctrlKey && !keys.metaKey) && !keys.altKey && !keys.shiftKey;
  if (hasPrimaryAlone && editingKeys.has(key)) return undefined;
  const modifiers = [
    ...(keys.metaKey ? [isMac ? 'Cmd' : 'Super'] : []),
    ...(keys.ctrlKey ? ['Ctrl'] : []),
    ...(keys.altKey ? ['Alt'] : []),
    ...(keys.shiftKey ? ['Shift'] : []),
  ];
  const check = checkGlobalAccelerator([...modifiers, key].join('+'));
  return check.isValid ? check.accelerator : undefined;
}
