import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createReminderHandlers } from '../../src-main/ipc/reminderHandlers';
import { createChannelHandlers } from '../../src-main/ipc/registerHandlers';
import { createReminderService, type ReminderNotification } from '../../src-main/services/reminders/reminderService';
import { desktopChannels } from '../../src-main/shared/contract';

let userDataPath: string;

beforeEach(() => {
  userDataPath = mkdtempSync(join(tmpdir(), 'scope-journal-reminder-handlers-'));
});

afterEach(() => {
  rmSync(userDataPath, { recursive: true, force: true });
});

function createTestHandlers() {
  const notifications: ReminderNotification[] = [];
  const reminders = createReminderService({
    userDataPath,
    now: () => new Date(2026, 5, 12, 12),
    notify: (notification) => notifications.push(notification),
  });
  return { handlers: createChannelHandlers(createReminderHandlers(reminders)), notifications };
}

const followUp = { entryId: 'e1', title: 'Chose Postgres', followUpOn: '2026-06-01' };

describe('the reminder handlers', () => {
  it('read and change the settings', async () => {
    const { handlers } = createTestHandlers();
    await expect(handlers[desktopChannels.getReminderSettings](undefined)).resolves.toEqual({
      weekly: false,
      quarterlyReview: false,
      followUps: false,
    });
    await expect(handlers[desktopChannels.updateReminderSettings]({ quarterlyReview: true })).resolves.toEqual({
      weekly: false,
      quarterlyReview: true,
      followUps: false,
    });
  });

  it.each([
    ['a payload', desktopChannels.getReminderSettings, {}],
    ['an unknown setting', desktopChannels.updateReminderSettings, { daily: true }],
    ['a setting that is not a boolean', desktopChannels.updateReminderSettings, { weekly: 'yes' }],
    ['no change object', desktopChannels.updateReminderSettings, null],
    ['no list', desktopChannels.setFollowUps, followUp],
    ['a date that is not YYYY-MM-DD', desktopChannels.setFollowUps, [{ ...followUp, followUpOn: '1/6/2026' }]],
    ['a date that does not exist', desktopChannels.setFollowUps, [{ ...followUp, followUpOn: '2026-02-29' }]],
    ['an empty id', desktopChannels.setFollowUps, [{ ...followUp, entryId: '' }]],
    ['a huge id', desktopChannels.setFollowUps, [{ ...followUp, entryId: 'x'.repeat(201) }]],
    ['a huge title', desktopChannels.setFollowUps, [{ ...followUp, title: 'x'.repeat(501) }]],
    ['an extra field', desktopChannels.setFollowUps, [{ ...followUp, outcome: 'ok' }]],
    ['too many follow-ups', desktopChannels.setFollowUps, Array.from({ length: 5001 }, () => followUp)],
  ] as const)('refuse %s', async (_case, channel, payload) => {
    const { handlers } = createTestHandlers();
    const handler: (payload: unknown) => Promise<unknown> = handlers[channel];
    await expect(handler(payload)).rejects.toThrow(`Invalid request for ${channel}`);
  });

  it('accept 5,000 follow-ups and remind of those due', async () => {
    const { handlers, notifications } = createTestHandlers();
    await handlers[desktopChannels.updateReminderSettings]({ followUps: true });
    const many = Array.from({ length: 5000 }, (_item, index) => ({ ...followUp, entryId: `e${index}` }));
    await expect(handlers[desktopChannels.setFollowUps](many)).resolves.toBeUndefined();
    expect(notifications.map((notification) => notification.title)).toEqual(['5000 decisions are waiting for their outcome']);
  });
});
