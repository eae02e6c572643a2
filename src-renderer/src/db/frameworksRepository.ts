import type { ScopeJournalDatabase } from './database';
import { readSetting, writeSetting } from './settingsRepository';
import { defaultFramework } from '../domain/framework/content/defaultFramework';
import type { Framework } from '../domain/types';

/**
 * Stores a framework (edited or imported) and makes it the active one. One transaction: the
 * framework and the setting that points at it change together or not at all.
 */
export async function saveActiveFramework(
  database: ScopeJournalDatabase,
  framework: Framework,
  now: Date = new Date(),
): Promise<Framework> {
  const saved: Framework = { ...framework, updatedAt: now.toISOString() };
  await database.transaction('rw', database.frameworks, database.settings, async () => {
    await database.frameworks.put(saved);
    await writeSetting(database, 'activeFrameworkId', saved.id);
  });
  return saved;
}

/**
 * Makes the built-in framework active again, as shipped: the stored (edited) copy of it is
 * deleted. Other stored frameworks, such as an imported company ladder, are kept.
 */
export async function resetToDefaultFramework(database: ScopeJournalDatabase): Promise<void> {
  await database.transaction('rw', database.frameworks, database.settings, async () => {
    await database.frameworks.delete(defaultFramework.id);
    await writeSetting(database, 'activeFrameworkId', defaultFramework.id);
  });
}

/** The active framework: the stored one the settings point at, or the built-in default. */
export async function loadActiveFramework(database: ScopeJournalDatabase): Promise<Framework> {
  const activeId = await readSetting(database, 'activeFrameworkId');
  const stored = activeId === undefined ? undefined : await database.frameworks.get(activeId);
  return stored ?? defaultFramework;
}
