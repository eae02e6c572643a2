import { desktopChannels, type DesktopApi } from '../shared/contract';
import type { ReminderService } from '../services/reminders/reminderService';
import { followUpsSchema, noPayloadSchema, parsePayload, reminderSettingsChangeSchema } from './schemas';

/** The reminder methods of the contract. */
type ReminderMethod = 'getReminderSettings' | 'updateReminderSettings' | 'setFollowUps';

/** The handlers of the reminder methods, keyed by channel (part of `DesktopHandlers`). */
export type ReminderHandlers = {
  [Method in ReminderMethod as (typeof desktopChannels)[Method]]: (payload: unknown) => ReturnType<DesktopApi[Method]>;
};

/**
 * Builds the handlers of the reminder methods. Each validates its payload first and throws an
 * Error with a clear message when it is invalid; nothing is changed or remembered before that.
 */
export function createReminderHandlers(reminders: ReminderService): ReminderHandlers {
  return {
    [desktopChannels.getReminderSettings]: async (payload: unknown) => {
      parsePayload(desktopChannels.getReminderSettings, noPayloadSchema, payload);
      return reminders.settings();
    },

    [desktopChannels.updateReminderSettings]: async (payload: unknown) => {
      const change = parsePayload(desktopChannels.updateReminderSettings, reminderSettingsChangeSchema, payload);
      return reminders.change(change);
    },

    [desktopChannels.setFollowUps]: async (payload: unknown): Promise<void> => {
      const followUps = parsePayload(desktopChannels.setFollowUps, followUpsSchema, payload);
      await reminders.setFollowUps(followUps);
    },
  };
}
