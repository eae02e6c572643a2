/*
 * The grammar of a global shortcut, written once for both sides: the page checks what the user
 * typed or pressed before sending it, and the main process checks it again before it asks the
 * system for it (and before it is stored). An Electron accelerator is modifiers and one key joined
 * by `+` (`CmdOrCtrl+Alt+J`); a shortcut that works in every app needs at least one modifier other
 * than Shift, or it would take a key away from typing everywhere. Pure: no runtime imports.
 */

/** Longest accelerator text accepted (the longest valid one is well under half of this). */
export const maximumAcceleratorLength = 100;

/** The quick-capture shortcut Settings suggests: Ctrl+Alt+J, or ⌘⌥J on macOS. */
export const suggestedQuickCaptureShortcut = 'CmdOrCtrl+Alt+J';

/** Electron's modifier names (and aliases), each with the one name it is stored under. */
const modifierNames: Record<string, string> = {
  commandorcontrol: 'CmdOrCtrl',
  cmdorctrl: 'CmdOrCtrl',
  command: 'Cmd',
  cmd: 'Cmd',
  control: 'Ctrl',
  ctrl: 'Ctrl',
  alt: 'Alt',
  option: 'Alt',
  altgr: 'AltGr',
  shift: 'Shift',
  super: 'Super',
  meta: 'Super',
};

/** The order modifiers are written in. */
const modifierOrder = ['CmdOrCtrl', 'Cmd', 'Ctrl', 'Alt', 'AltGr', 'Shift', 'Super'];

/** Electron's named keys (and aliases), each with the name it is stored under. */
const namedKeys: Record<string, string> = Object.fromEntries(
  [
    'Plus',
    'Space',
    'Tab',
    'Capslock',
    'Numlock',
    'Scrolllock',
    'Backspace',
    'Delete',
    'Insert',
    'Return',
    'Up',
    'Down',
    'Left',
    'Right',
    'Home',
    'End',
    'PageUp',
    'PageDown',
    'Escape',
    'VolumeUp',
    'VolumeDown',
    'VolumeMute',
    'MediaNextTrack',
    'MediaPreviousTrack',
    'MediaStop',
    'MediaPlayPause',
    'PrintScreen',
    ...Array.from({ length: 24 }, (_unused, index) => `F${index + 1}`),
    ...Array.from({ length: 10 }, (_unused, index) => `num${index}`),
    'numdec',
    'numadd',
    'numsub',
    'nummult',
    'numdiv',
  ]
    .map((name): [string, string] => [name.toLowerCase(), name])
    .concat([
      ['enter', 'Return'],
      ['esc', 'Escape'],
    ]),
);

/** Punctuation Electron accepts as a key (`+` is written `Plus`, since it joins the parts). */
const punctuationKeys = new Set([...')!@#$%^&*(:;=<,_->.?/~`{][|\\}"\'']);

/** Modifiers that make a shortcut safe to take from every app (Shift alone types capitals). */
const commandModifiers = new Set(['CmdOrCtrl', 'Cmd', 'Ctrl', 'Alt', 'AltGr', 'Super']);

/** The result of checking an accelerator: its one stored spelling, or why it cannot be one. */
export type AcceleratorCheck = { isValid: true; accelerator: string } | { isValid: false; reason: string };

/** The key `part` names, in its stored spelling, or `undefined` when Electron knows no such key. */
function keyName(part: string): string | undefined {
  if (/^[a-z0-9]$/i.test(part)) return part.toUpperCase();
  if (punctuationKeys.has(part)) return part;
  return namedKeys[part.toLowerCase()];
}

/**
 * Checks `text` as a global shortcut: modifiers, then exactly one key, joined by `+`, with at
 * least one of Ctrl, Cmd, CmdOrCtrl, Alt, AltGr or Super. Names are matched without regard to
 * case and spaces around `+`; a valid one comes back in one spelling (`ctrl + alt + j` →
 * `Ctrl+Alt+J`), so the same keys are always stored and compared alike.
 */
export function checkGlobalAccelerator(text: string): AcceleratorCheck {
  if (text.length > maximumAcceleratorLength) return { isValid: false, reason: 'This is far too long for a key combination.' };
  const parts = text.split('+').map((part) => part.trim());
  if (parts.every((part) => part === '')) return { isValid: false, reason: 'Press or type a key combination, such as Ctrl+Alt+J.' };
  if (parts.some((part) => part === ''))
    return { isValid: false, reason: 'Join the keys with single “+” signs; write the plus key as “Plus”.' };
  const modifiers = new Set<string>();
  for (const part of parts.slice(0, -1)) {
    const modifier = modifierNames[part.toLowerCase()];
    if (modifier === undefined) return { isValid: false, reason: `“${part}” is not a modifier key (Ctrl, Alt, Shift, Cmd or Super).` };
    if (modifiers.has(modifier)) return { isValid: false, reason: `${modifier} is named twice.` };
    modifiers.add(modifier);
  }
  const last = parts.at(-1) ?? '';
  const key = keyName(last);
  if (key === undefined) {
    const isModifier = modifierNames[last.toLowerCase()] !== undefined;
    return { isValid: false, reason: isModifier ? 'End with a key, such as J, after the modifiers.' : `“${last}” is not a key.` };
  }
  if (![...modifiers].some((modifier) => commandModifiers.has(modifier))) {
    return { isValid: false, reason: 'Add Ctrl, Alt or Cmd: a shortcut that works in every app needs one of them.' };
  }
  const ordered = modifierOrder.filter((modifier) => modifiers.has(modifier));
  return { isValid: true, accelerator: [...ordered, key].join('+') };
}
