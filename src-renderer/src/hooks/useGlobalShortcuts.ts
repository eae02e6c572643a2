import { useEffect } from 'react';
import { useUiStore } from '../store/uiStore';
import { navigateTo } from './useHashRoute';

/** True when the key press belongs to a text field the user is typing in. */
export function isTypingTarget(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target instanceof HTMLInputElement) return !nonTextInputTypes.has(target.type);
  return target.isContentEditable || ['TEXTAREA', 'SELECT'].includes(target.tagName);
}

/** Inputs that take no typed text: a key pressed on one is meant for the app. */
const nonTextInputTypes = new Set(['checkbox', 'radio', 'button', 'submit', 'reset', 'range', 'color', 'file']);

/** Id of the journal's search box, which "/" focuses. */
export const searchInputId = 'journal-search';

/**
 * Shortcuts that work from anywhere: Ctrl/Cmd+N starts a quick entry, "/" jumps to search, "?"
 * (or F1) shows the keyboard shortcuts. (In the desktop app the menu's accelerators do the rest.)
 */
export function useGlobalShortcuts(): void {
  useEffect(() => {
    function onKeyDown(event: KeyboardEvent) {
      const hasCommandKey = event.ctrlKey || event.metaKey;
      if (hasCommandKey && !event.shiftKey && !event.altKey && event.key.toLowerCase() === 'n') {
        event.preventDefault();
        navigateTo('journal');
        useUiStore.getState().openPanel({ mode: 'new', kind: 'win' });
        return;
      }
      if (event.key === 'F1' || (event.key === '?' && !hasCommandKey && !isTypingTarget(event.target))) {
        event.preventDefault();
        useUiStore.getState().setOpenDialog('shortcuts');
        return;
      }
      if (event.key === '/' && !hasCommandKey && !isTypingTarget(event.target)) {
        const search = document.getElementById(searchInputId);
        if (search) {
          event.preventDefault();
          search.focus();
        }
      }
    }
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);
}
