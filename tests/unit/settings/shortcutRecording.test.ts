import { expect, it } from 'vitest';
import { acceleratorOfKeys, type PressedKeys } from '../../../src-renderer/src/features/settings/shortcutRecording';
import {
  captureProblems,
  emptyCaptureFields,
  entryDraftOfCapture,
  isCaptureEmpty,
} from '../../../src-renderer/src/features/capture/captureDraft';

/* Recording a key combination in Settings, and the capture's fields as an entry. */

const none: PressedKeys = { code: '', ctrlKey: false, altKey: false, shiftKey: false, metaKey: false };

it('records a combination by where its keys are, in the desktop’s spelling', () => {
  expect(acceleratorOfKeys({ ...none, code: 'KeyJ', ctrlKey: true, altKey: true }, false)).toBe('Ctrl+Alt+J');
  // Option+J types "∆" on a Mac; the key is still J.
  expect(acceleratorOfKeys({ ...none, code: 'KeyJ', metaKey: true, altKey: true }, true)).toBe('Cmd+Alt+J');
  expect(acceleratorOfKeys({ ...none, code: 'KeyJ', metaKey: true, shiftKey: true }, false)).toBe('Shift+Super+J');
  expect(acceleratorOfKeys({ ...none, code: 'Space', ctrlKey: true, shiftKey: true }, false)).toBe('Ctrl+Shift+Space');
  expect(acceleratorOfKeys({ ...none, code: 'Digit5', altKey: true }, false)).toBe('Alt+5');
  expect(acceleratorOfKeys({ ...none, code: 'F9', ctrlKey: true }, false)).toBe('Ctrl+F9');
  expect(acceleratorOfKeys({ ...none, code: 'Numpad7', ctrlKey: true }, false)).toBe('Ctrl+num7');
  expect(acceleratorOfKeys({ ...none, code: 'Slash', ctrlKey: true }, false)).toBe('Ctrl+/');
  expect(acceleratorOfKeys({ ...none, code: 'Enter', ctrlKey: true }, false)).toBe('Ctrl+Return');
});

it('records nothing while only modifiers are held, or without Ctrl, Alt or Cmd (the key types instead)', () => {
  expect(acceleratorOfKeys({ ...none, code: 'ControlLeft', ctrlKey: true }, false)).toBeUndefined();
  expect(acceleratorOfKeys({ ...none, code: 'AltLeft', ctrlKey: true, altKey: true }, false)).toBeUndefined();
  expect(acceleratorOfKeys({ ...none, code: 'KeyJ' }, false)).toBeUndefined();
  expect(acceleratorOfKeys({ ...none, code: 'KeyJ', shiftKey: true }, false)).toBeUndefined();
  expect(acceleratorOfKeys({ ...none, code: 'IntlBackslash', ctrlKey: true }, false)).toBeUndefined();
});

it('leaves the field’s own editing keys to the field: Ctrl or ⌘ alone with A, C, V, X, Y or Z', () => {
  expect(acceleratorOfKeys({ ...none, code: 'KeyV', ctrlKey: true }, false)).toBeUndefined();
  expect(acceleratorOfKeys({ ...none, code: 'KeyA', metaKey: true }, true)).toBeUndefined();
  // With another modifier they are shortcuts like any other.
  expect(acceleratorOfKeys({ ...none, code: 'KeyV', ctrlKey: true, altKey: true }, false)).toBe('Ctrl+Alt+V');
  // Ctrl alone on a Mac is not its editing modifier.
  expect(acceleratorOfKeys({ ...none, code: 'KeyV', ctrlKey: true }, true)).toBe('Ctrl+V');
});

it('turns a capture into a new entry of the day, and says what stops a save', () => {
  const fields = { ...emptyCaptureFields(), title: '  Led the incident review ', kind: 'incident' as const, body: 'Notes' };
  expect(entryDraftOfCapture(fields, '2026-11-18')).toMatchObject({
    title: 'Led the incident review',
    kind: 'incident',
    scope: 'team',
    body: 'Notes',
    occurredOn: '2026-11-18',
    competencies: [],
  });
  expect(isCaptureEmpty(emptyCaptureFields())).toBe(true);
  expect(isCaptureEmpty({ ...emptyCaptureFields(), scope: 'company' })).toBe(true);
  expect(isCaptureEmpty({ ...emptyCaptureFields(), body: 'x' })).toBe(false);
  expect(captureProblems(emptyCaptureFields())).toEqual(['Title: give the entry a title.']);
  expect(captureProblems({ ...emptyCaptureFields(), title: 'x'.repeat(301) })).toEqual(['Title: keep it under 300 characters.']);
});
