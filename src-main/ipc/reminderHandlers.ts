import type { DesktopHandlers } from '../shared/contract';
import type { ReminderService } from '../services/reminders/reminderService';

/** The handlers of the reminder methods (part of `DesktopHandlers`). */
export type ReminderHandlers = Pick<DesktopHandlers, 'getReminderSettings' | 'updateReminderSettings' | 'setFollowUps'>;

/**
 * Builds the handlers of the reminder methods. Each receives its payload already parsed by the
 * contract's schema, so nothing is changed or remembered from an invalid request.
 */
export function createReminderHandlers(reminders: ReminderService): ReminderHandlers {
  return {
    getReminderSettings: async () => reminders.settings(),
    updateReminderSettings: async (change) => reminders.change(change),
    setFollowUps: (followUps) => reminders.setFollowUps(followUps),
  };
}
