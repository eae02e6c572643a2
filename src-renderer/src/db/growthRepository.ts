import type { ScopeJournalDatabase } from './database';
import { readSetting, writeSetting } from './settingsRepository';
import { defaultFramework } from '../domain/framework/content/defaultFramework';
import { emptyDraft } from '../domain/entries/entryDraft';
import { seedReadingList } from '../domain/growth/seedReadingList';
import type { EntryDraft, Goal, ReadingListItem } from '../domain/types';

/** The id of the growth plan a user starts from; saving it twice keeps one plan. */
export const defaultGrowthPlanId = 'growth-plan';

/** The competencies whose first behaviour a new growth plan suggests demonstrating. */
const keyCompetencyIds = [
  'architectural-judgment',
  'technical-communication',
  'mentoring',
  'owning-the-outcome',
  'business-context',
] as const;

/**
 * Behaviours a new growth plan starts with: the first example behaviour of five key competencies
 * of the default framework.
 */
export function defaultGrowthBehaviours(): string[] {
  return keyCompetencyIds.flatMap((id) => {
    const behaviour = defaultFramework.competencies.find((competency) => competency.id === id)?.behaviours[0];
    return behaviour === undefined ? [] : [behaviour];
  });
}

/**
 * The growth plan: the most recently updated active goal, or, before the user has saved one, a
 * default plan (Software Engineer to Senior Software Engineer) that is not written until saved.
 */
export async function loadGrowthPlan(database: ScopeJournalDatabase, now: Date = new Date()): Promise<Goal> {
  const goals = await database.goals.toArray();
  const active = goals
    .filter((goal) => goal.status === 'active')
    .reduce<Goal | undefined>((latest, goal) => (latest === undefined || goal.updatedAt > latest.updatedAt ? goal : latest), undefined);
  return (
    active ?? {
      id: defaultGrowthPlanId,
      currentRole: 'Software Engineer',
      targetRole: 'Senior Software Engineer',
      targetDate: null,
      competencyIds: [],
      behaviours: defaultGrowthBehaviours(),
      status: 'active',
      updatedAt: now.toISOString(),
    }
  );
}

/** Stores the growth plan and returns it as saved. */
export async function saveGrowthPlan(database: ScopeJournalDatabase, goal: Goal, now: Date = new Date()): Promise<Goal> {
  const saved: Goal = { ...goal, competencyIds: [...new Set(goal.competencyIds)], updatedAt: now.toISOString() };
  await database.goals.put(saved);
  return saved;
}

/**
 * Adds a competency to the growth plan's target competencies, saving the plan (the default one
 * too, if the user had not saved one yet). One transaction, so a plan saved meanwhile elsewhere is
 * not overwritten with an older copy. Returns whether it was added: false if it was a target already.
 */
export async function addGrowthTarget(database: ScopeJournalDatabase, competencyId: string, now: Date = new Date()): Promise<boolean> {
  return database.transaction('rw', database.goals, async () => {
    const plan = await loadGrowthPlan(database, now);
    if (plan.competencyIds.includes(competencyId)) return false;
    await saveGrowthPlan(database, { ...plan, competencyIds: [...plan.competencyIds, competencyId] }, now);
    return true;
  });
}

/**
 * Adds the starting reading list the first time the app needs it, and never again: not when the
 * list already has books, and not after the user has removed every book. One transaction, so two
 * callers at once (a component mounted twice) seed it once. Returns whether it seeded.
 */
export async function ensureReadingListSeeded(database: ScopeJournalDatabase, now: Date = new Date()): Promise<boolean> {
  return database.transaction('rw', database.readingList, database.settings, async () => {
    if ((await readSetting(database, 'readingListSeeded')) === true) return false;
    const isEmpty = (await database.readingList.count()) === 0;
    if (isEmpty) await database.readingList.bulkAdd(seedReadingList(now.toISOString()));
    await writeSetting(database, 'readingListSeeded', true);
    return isEmpty;
  });
}

/** Adds or replaces a reading list item (also how an Undo puts a removed one back). */
export async function saveReadingItem(
  database: ScopeJournalDatabase,
  item: ReadingListItem,
  now: Date = new Date(),
): Promise<ReadingListItem> {
  const saved: ReadingListItem = { ...item, updatedAt: now.toISOString() };
  await database.readingList.put(saved);
  return saved;
}

/** Moves a book between to-read, reading and finished. Fails if it is no longer on the list. */
export async function setReadingStatus(
  database: ScopeJournalDatabase,
  id: string,
  status: ReadingListItem['status'],
  now: Date = new Date(),
): Promise<void> {
  const changed = await database.readingList.update(id, { status, updatedAt: now.toISOString() });
  if (changed === 0) throw new Error('This book is no longer on the reading list.');
}

/**
 * Removes a book from the reading list and returns it, so the UI can offer Undo by saving it
 * again with `saveReadingItem`. Returns undefined if it was already gone.
 */
export async function removeReadingItem(database: ScopeJournalDatabase, id: string): Promise<ReadingListItem | undefined> {
  return database.transaction('rw', database.readingList, async () => {
    const item = await database.readingList.get(id);
    if (item) await database.readingList.delete(id);
    return item;
  });
}

/**
 * A `learning` entry draft for a finished book, dated `today` (`YYYY-MM-DD`): the book's notes as
 * the body, its competencies, tagged `reading`, at self scope.
 */
export function learningEntryDraftFromBook(item: ReadingListItem, today: string): EntryDraft {
  return {
    ...emptyDraft('learning', today),
    title: `Finished “${item.title}”`,
    body: item.notes,
    scope: 'self',
    competencies: [...item.competencyIds],
    tags: ['reading'],
  };
}
