import { useEffect } from 'react';
import type { AppCommand } from '../../src-main/shared/contract';
import { todayLocalDate } from './domain/dates';
import { quarterOf } from './domain/quarters';
import { navigateTo } from './hooks/useHashRoute';
import { desktopEvents } from './platform/desktop';
import { useUiStore } from './store/uiStore';
import { toggleDarkMode } from './theme';

/**
 * Carries out a command of the application menu, its accelerators or a clicked notification. A
 * command that belongs to one screen's buttons (import, export) opens that screen and is left
 * pending there, so the screen runs it with its own code.
 */
export function runAppCommand(command: AppCommand): void {
  const store = useUiStore.getState();
  switch (command.type) {
    case 'new-entry':
      navigateTo('journal');
      store.openPanel({ mode: 'new', kind: 'win' });
      return;
    case 'navigate':
      navigateTo(command.screen);
      return;
    case 'toggle-dark-mode':
      void toggleDarkMode();
      return;
    case 'show-shortcuts':
      store.setOpenDialog('shortcuts');
      return;
    case 'show-about':
      store.setOpenDialog('about');
      return;
    case 'start-quarterly-review':
      navigateTo('insights');
      store.openReview(quarterOf(todayLocalDate()));
      return;
    case 'import':
    case 'export-backup':
      store.setPendingCommand(command);
      navigateTo('data');
      return;
    case 'export-packet-pdf':
      store.setPendingCommand(command);
      navigateTo('packet');
      return;
    case 'show-follow-ups':
      store.setPendingCommand(command);
      navigateTo('insights');
      return;
  }
}

/** Listens for the desktop's commands while the app is shown. */
export function useAppCommands(): void {
  useEffect(() => desktopEvents.onCommand(runAppCommand), []);
}

/**
 * Runs `action` once when the pending command is of `type` (then no longer pending): how a screen
 * carries out the menu command it was opened for.
 */
export function usePendingCommand<Type extends AppCommand['type']>(
  type: Type,
  action: (command: Extract<AppCommand, { type: Type }>) => void,
  isReady = true,
): void {
  const pending = useUiStore((state) => state.pendingCommand);
  useEffect(() => {
    if (!isReady || pending?.type !== type) return;
    const command = useUiStore.getState().takeCommand(type);
    if (command) action(command);
  }, [pending, type, action, isReady]);
}
