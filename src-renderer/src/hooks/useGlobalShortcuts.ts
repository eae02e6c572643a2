import { useEffect } from 'react';
import { useUiStore } from '../store/uiStore';
import { navigateTo } from './useHashRoute';

/** True when the key press belongs to a text field the user is typing in. */
export function isTypingTarget(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName);
}

/** Id of the journal's search box, which "/" focuses. */
export const searchInputId = 'journal-search';

/**
 * Shortcuts that work from anywhere: Ctrl/Cmd+N starts a quick entry, "/" jumps to search.
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
