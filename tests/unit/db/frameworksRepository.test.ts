import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openFreshDatabase } from './freshDatabase';
import type { ScopeJournalDatabase } from '../../../src-renderer/src/db/database';
import { loadActiveFramework, resetToDefaultFramework, saveActiveFramework } from '../../../src-renderer/src/db/frameworksRepository';
import { readSetting } from '../../../src-renderer/src/db/settingsRepository';
import { defaultFramework } from '../../../src-renderer/src/domain/framework/content/defaultFramework';
import { addCompetency, renameCompetency } from '../../../src-renderer/src/domain/framework/frameworkEditing';

let database: ScopeJournalDatabase;

beforeEach(async () => {
  database = await openFreshDatabase();
});

afterEach(() => database.delete());

describe('frameworks repository', () => {
  it('loads the built-in framework until one is saved', async () => {
    expect(await loadActiveFramework(database)).toBe(defaultFramework);
    expect(await database.frameworks.count()).toBe(0);
  });

  it('saves an edited framework as active, stamped with the time', async () => {
    const edited = renameCompetency(defaultFramework, 'mentoring', 'Coaching');
    const saved = await saveActiveFramework(database, edited, new Date('2026-03-01T09:00:00Z'));
    expect(saved).toEqual({ ...edited, updatedAt: '2026-03-01T09:00:00.000Z' });
    expect(await readSetting(database, 'activeFrameworkId')).toBe('senior-engineer');
    expect(await loadActiveFramework(database)).toEqual(saved);
  });

  it('writes the framework and the setting together or not at all', async () => {
    // Make the second write of the transaction fail: the first must be rolled back with it.
    database.settings.hook('creating', () => {
      throw new Error('settings write failed');
    });
    await expect(saveActiveFramework(database, defaultFramework)).rejects.toThrow('settings write failed');
    expect(await database.frameworks.count()).toBe(0);
    expect(await readSetting(database, 'activeFrameworkId')).toBeUndefined();
  });

  it('switches to an imported framework and keeps its id', async () => {
    const imported = { ...addCompetency(defaultFramework, 'Product sense'), id: 'acme-ladder', name: 'Acme' };
    await saveActiveFramework(database, imported);
    const active = await loadActiveFramework(database);
    expect(active.id).toBe('acme-ladder');
    expect(active.competencies.at(-1)?.id).toBe('product-sense');
  });

  it('falls back to the default when the active framework is missing', async () => {
    await database.settings.put({ key: 'activeFrameworkId', value: 'gone' });
    expect(await loadActiveFramework(database)).toBe(defaultFramework);
  });

  it('resets to the shipped default, deleting its edited copy and keeping other frameworks', async () => {
    await saveActiveFramework(database, renameCompetency(defaultFramework, 'mentoring', 'Coaching'));
    await saveActiveFramework(database, { ...defaultFramework, id: 'acme-ladder', name: 'Acme' });
    await resetToDefaultFramework(database);
    expect(await loadActiveFramework(database)).toBe(defaultFramework);
    expect(await readSetting(database, 'activeFrameworkId')).toBe(defaultFramework.id);
    expect(await database.frameworks.toCollection().primaryKeys()).toEqual(['acme-ladder']);
  });
});
