import type { StateCreator } from 'zustand';
import type { AppCommand } from '../../../src-main/shared/contract';

/**
 * A command from the application menu or a notification that a screen carries out once it is
 * shown (e.g. "Export backup" opens the Data screen, which then runs the export).
 */
export interface CommandsSlice {
  pendingCommand: AppCommand | null;
  setPendingCommand: (command: AppCommand | null) => void;
  /** The pending command if it is one of `types`, which is then no longer pending. */
  takeCommand: <Type extends AppCommand['type']>(...types: Type[]) => Extract<AppCommand, { type: Type }> | null;
  /** Whether the keyboard-shortcuts sheet, or the About box, is open. */
  openDialog: 'shortcuts' | 'about' | null;
  setOpenDialog: (dialog: 'shortcuts' | 'about' | null) => void;
}

export const createCommandsSlice: StateCreator<CommandsSlice, [], [], CommandsSlice> = (set, get) => ({
  pendingCommand: null,
  setPendingCommand: (command) => set({ pendingCommand: command }),
  takeCommand: <Type extends AppCommand['type']>(...types: Type[]) => {
    const command = get().pendingCommand;
    if (!command || !(types as string[]).includes(command.type)) return null;
    set({ pendingCommand: null });
    return command as Extract<AppCommand, { type: Type }>;
  },
  openDialog: null,
  setOpenDialog: (dialog) => set({ openDialog: dialog }),
});
