import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, expect, it } from 'vitest';
import type { ParsedBackup } from '../../../src-renderer/src/domain/backup/backupFile';
import { RestorePanel, type PendingRestore } from '../../../src-renderer/src/features/data/RestorePanel';
import { useUiStore } from '../../../src-renderer/src/store/uiStore';

const pending: PendingRestore = {
  origin: 'scope-journal-backup.json',
  backup: {} as ParsedBackup,
  summary: {
    counts: { entries: 2, reviews: 0, goals: 0, readingList: 0, packets: 0, frameworks: 0, settings: 0, drafts: 0, evidenceItems: 0 },
    trashedEntryCount: 0,
    entryDates: null,
    exportedAt: '2026-03-14T09:30:00.000Z',
  },
  files: [],
};

const syncSettings = {
  folder: '/home/me/Dropbox/Scope Journal',
  deviceId: 'this-computer',
  deviceName: 'Laptop',
  hasPassphrase: true,
  isPassphraseStored: true,
  isSecretStorageAvailable: true,
};

afterEach(() => useUiStore.getState().setSyncStatus({ settings: null }));

it('says that a restore reaches the other computers once a sync folder is set, and what Replace does there', async () => {
  useUiStore.getState().setSyncStatus({ settings: syncSettings });
  render(<RestorePanel pending={pending} isWorking={false} onRestore={() => undefined} onCancel={() => undefined} />);
  const note = screen.getByRole('note', { name: 'Sync' });
  expect(note.textContent).toContain('their journals become this backup too, and what it does not hold is deleted there as well');
  await userEvent.click(screen.getByRole('radio', { name: /^Merge/ }));
  expect(note.textContent).toContain('What the merge adds or changes reaches them at their next sync.');
});

it('says nothing of other computers while sync is off', () => {
  useUiStore.getState().setSyncStatus({ settings: { ...syncSettings, folder: null } });
  render(<RestorePanel pending={pending} isWorking={false} onRestore={() => undefined} onCancel={() => undefined} />);
  expect(screen.queryByRole('note', { name: 'Sync' })).toBeNull();
});
