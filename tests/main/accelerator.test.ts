import { describe, expect, it } from 'vitest';
import { checkGlobalAccelerator, suggestedQuickCaptureShortcut } from '../../src-main/shared/accelerator';
import { formatAccelerator } from '../../src-main/shared/shortcuts';

/* The grammar of a global shortcut (src-main/shared/accelerator.ts), which both sides check. */

describe('checkGlobalAccelerator', () => {
  it.each([
    ['CmdOrCtrl+Alt+J', 'CmdOrCtrl+Alt+J'],
    ['ctrl + alt + j', 'Ctrl+Alt+J'],
    ['Alt+Control+j', 'Ctrl+Alt+J'],
    ['CommandOrControl+Shift+Space', 'CmdOrCtrl+Shift+Space'],
    ['Option+Command+K', 'Cmd+Alt+K'],
    ['Meta+Shift+F12', 'Shift+Super+F12'],
    ['Ctrl+Alt+Plus', 'Ctrl+Alt+Plus'],
    ['Ctrl+Alt+/', 'Ctrl+Alt+/'],
    ['Ctrl+Alt+enter', 'Ctrl+Alt+Return'],
    ['Ctrl+esc', 'Ctrl+Escape'],
    ['AltGr+num5', 'AltGr+num5'],
    ['Ctrl+F24', 'Ctrl+F24'],
  ])('accepts %s as %s', (text, stored) => {
    expect(checkGlobalAccelerator(text)).toEqual({ isValid: true, accelerator: stored });
    // The stored spelling is itself valid, and stored as it is.
    expect(checkGlobalAccelerator(stored)).toEqual({ isValid: true, accelerator: stored });
  });

  it.each([
    ['', /Press or type/],
    ['   ', /Press or type/],
    ['J', /Ctrl, Alt or Cmd/],
    ['Shift+J', /Ctrl, Alt or Cmd/],
    ['F5', /Ctrl, Alt or Cmd/],
    ['Ctrl+Alt', /End with a key/],
    ['Ctrl+Alt+', /single “\+” signs/],
    ['Ctrl++J', /single “\+” signs/],
    ['Ctrl+Alt+JK', /“JK” is not a key/],
    ['Ctrl+Alt+F25', /“F25” is not a key/],
    ['Hyper+J', /“Hyper” is not a modifier/],
    ['Ctrl+Control+J', /Ctrl is named twice/],
    ['Ctrl+J+K', /“J” is not a modifier/],
    ['Ctrl+Alt+é', /“é” is not a key/],
    [`Ctrl+${'A'.repeat(120)}`, /far too long/],
  ])('refuses %j, saying why', (text, reason) => {
    const check = checkGlobalAccelerator(text);
    expect(check.isValid).toBe(false);
    expect(check.isValid ? '' : check.reason).toMatch(reason);
  });

  it('suggests Ctrl+Alt+J, written ⌘⌥J on macOS', () => {
    expect(checkGlobalAccelerator(suggestedQuickCaptureShortcut).isValid).toBe(true);
    expect(formatAccelerator(suggestedQuickCaptureShortcut, 'linux')).toBe('Ctrl+Alt+J');
    expect(formatAccelerator(suggestedQuickCaptureShortcut, 'win32')).toBe('Ctrl+Alt+J');
    expect(formatAccelerator(suggestedQuickCaptureShortcut, 'darwin')).toBe('⌥⌘J');
    expect(formatAccelerator('Shift+Super+F12', 'linux')).toBe('Shift+Super+F12');
    expect(formatAccelerator('Shift+Super+F12', 'darwin')).toBe('⇧⌘F12');
  });
});
