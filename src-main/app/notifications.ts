import { Notification } from 'electron';
import type { AppCommand } from '../shared/contract';
import type { ReminderNotification } from '../services/reminders/reminderService';

/**
 * Builds the reminders' way to the screen: shows a reminder where the system has notifications,
 * and a click sends the page its command (through `sendCommand`).
 */
export function createNotifier(sendCommand: (command: AppCommand) => void): (reminder: ReminderNotification) => void {
  /**
   * Notifications on screen: held here because Electron may garbage-collect a notification nobody
   * references, and its click would then do nothing.
   */
  const shownNotifications = new Set<Notification>();

  return (reminder) => {
    if (!Notification.isSupported()) {
      return;
    }
    const notification = new Notification({ title: reminder.title, body: reminder.body });
    const forget = (): void => {
      shownNotifications.delete(notification);
    };
    notification.on('click', () => {
      forget();
      sendCommand(reminder.command);
    });
    notification.on('close', forget);
    shownNotifications.add(notification);
    // Some systems never report a notification closed: keep only the latest few.
    for (const old of [...shownNotifications].slice(0, -10)) {
      shownNotifications.delete(old);
    }
    notification.show();
  };
}
