import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openFreshDatabase } from './freshDatabase';
import type { ScopeJournalDatabase } from '../../../src-renderer/src/db/database';
import {
  addGrowthTarget,
  defaultGrowthBehaviours,
  defaultGrowthPlanId,
  ensureReadingListSeeded,
  learningEntryDraftFromBook,
  loadGrowthPlan,
  removeReadingItem,
  saveGrowthPlan,
  saveReadingItem,
  setReadingStatus,
} from '../../../src-renderer/src/db/growthRepository';
import { defaultFramework } from '../../../src-renderer/src/domain/framework/content/defaultFramework';
import { emptyDraft } from '../../../src-renderer/src/domain/entries/entryDraft';
import { seedReadingList } from '../../../src-renderer/src/domain/growth/seedReadingList';
import type { Goal, ReadingListItem } from '../../../src-renderer/src/domain/types';

let database: ScopeJournalDatabase;

beforeEach(async () => {
  database = await openFreshDatabase();
});

afterEach(() => database.delete());

const now = new Date('2026-04-01T08:00:00.000Z');

function makeGoal(overrides: Partial<Goal> = {}): Goal {
  return {
    id: 'goal-1',
    currentRole: 'Senior Engineer',
    targetRole: 'Staff Engineer',
    targetDate: '2027-01-01',
    competencyIds: ['mentoring'],
    behaviours: ['Runs the guild.'],
    status: 'active',
    updatedAt: '2026-01-01T00:00:00.000Z',
    ...overrides,
  };
}

describe('growth plan', () => {
  it('offers a default plan built from the framework without writing it', async () => {
    const plan = await loadGrowthPlan(database, now);
    expect(plan).toEqual({
      id: defaultGrowthPlanId,
      currentRole: 'Software Engineer',
      targetRole: 'Senior Software Engineer',
      targetDate: null,
      competencyIds: [],
      behaviours: defaultGrowthBehaviours(),
      status: 'active',
      updatedAt: now.toISOString(),
    });
    expect(await database.goals.count()).toBe(0);
  });

  it('draws default behaviours from key competencies of the default framework', () => {
    const behaviours = defaultGrowthBehaviours();
    expect(behaviours.length).toBeGreaterThanOrEqual(4);
    expect(behaviours.length).toBeLessThanOrEqual(6);
    const firstBehaviours = defaultFramework.competencies.map((competency) => competency.behaviours[0]);
    for (const behaviour of behaviours) expect(firstBehaviours).toContain(behaviour);
    expect(new Set(behaviours).size).toBe(behaviours.length);
  });

  it('saves the plan with the time and loads it back', async () => {
    const saved = await saveGrowthPlan(database, makeGoal({ competencyIds: ['mentoring', 'mentoring', 'breadth'] }), now);
    expect(saved).toMatchObject({ updatedAt: now.toISOString(), competencyIds: ['mentoring', 'breadth'] });
    expect(await loadGrowthPlan(database)).toEqual(saved);
    await saveGrowthPlan(database, { ...saved, targetRole: 'Principal Engineer' }, now);
    expect(await database.goals.count()).toBe(1);
  });

  it('loads the most recently updated active goal, ignoring achieved and dropped ones', async () => {
    await database.goals.bulkPut([
      makeGoal({ id: 'old', updatedAt: '2026-01-01T00:00:00.000Z' }),
      makeGoal({ id: 'recent', updatedAt: '2026-03-01T00:00:00.000Z' }),
      makeGoal({ id: 'achieved', status: 'achieved', updatedAt: '2026-03-20T00:00:00.000Z' }),
      makeGoal({ id: 'dropped', status: 'dropped', updatedAt: '2026-03-21T00:00:00.000Z' }),
    ]);
    expect((await loadGrowthPlan(database)).id).toBe('recent');
  });

  it('adds a target competency once, saving the default plan when none was saved', async () => {
    expect(await addGrowthTarget(database, 'breadth', now)).toBe(true);
    expect(await loadGrowthPlan(database)).toMatchObject({
      id: defaultGrowthPlanId,
      competencyIds: ['breadth'],
      updatedAt: now.toISOString(),
    });
    await saveGrowthPlan(database, makeGoal({ updatedAt: '2026-05-01T00:00:00.000Z' }));
    expect(await addGrowthTarget(database, 'mentoring', now)).toBe(false);
    expect(await addGrowthTarget(database, 'systems-thinking', new Date('2026-06-01T00:00:00.000Z'))).toBe(true);
    expect((await loadGrowthPlan(database)).competencyIds).toEqual(['mentoring', 'systems-thinking']);
  });

  it('offers the default again when no goal is active', async () => {
    await database.goals.put(makeGoal({ status: 'achieved' }));
    expect((await loadGrowthPlan(database)).id).toBe(defaultGrowthPlanId);
  });
});

describe('reading list', () => {
  it('seeds once, idempotently, even when asked twice at the same time', async () => {
    const results = await Promise.all([ensureReadingListSeeded(database, now), ensureReadingListSeeded(database, now)]);
    expect(results.filter(Boolean)).toHaveLength(1);
    expect(await database.readingList.count()).toBe(seedReadingList(now.toISOString()).length);
    expect(await ensureReadingListSeeded(database, now)).toBe(false);
    expect(await database.readingList.count()).toBe(seedReadingList(now.toISOString()).length);
  });

  it('does not seed again after the user removed every book', async () => {
    await ensureReadingListSeeded(database, now);
    await database.readingList.clear();
    expect(await ensureReadingListSeeded(database, now)).toBe(false);
    expect(await database.readingList.count()).toBe(0);
  });

  it('does not seed over a list that already has books', async () => {
    const own: ReadingListItem = {
      id: 'own',
      title: 'A Philosophy of Software Design',
      author: 'John Ousterhout',
      status: 'reading',
      notes: '',
      competencyIds: [],
      updatedAt: now.toISOString(),
    };
    await saveReadingItem(database, own, now);
    expect(await ensureReadingListSeeded(database, now)).toBe(false);
    expect(await database.readingList.toArray()).toEqual([own]);
  });

  it('changes status, removes with the item returned, and restores it for Undo', async () => {
    await ensureReadingListSeeded(database, now);
    const [first] = seedReadingList(now.toISOString());
    if (!first) throw new Error('the seed list is empty');
    const later = new Date('2026-04-02T08:00:00.000Z');
    await setReadingStatus(database, first.id, 'finished', later);
    expect(await database.readingList.get(first.id)).toMatchObject({ status: 'finished', updatedAt: later.toISOString() });

    const removed = await removeReadingItem(database, first.id);
    expect(removed).toMatchObject({ id: first.id, status: 'finished' });
    expect(await database.readingList.get(first.id)).toBeUndefined();
    expect(await removeReadingItem(database, first.id)).toBeUndefined();
    await expect(setReadingStatus(database, first.id, 'reading')).rejects.toThrow('no longer on the reading list');

    if (!removed) throw new Error('expected the removed item');
    await saveReadingItem(database, removed);
    expect(await database.readingList.get(first.id)).toMatchObject({ title: first.title, status: 'finished' });
  });

  it('turns a finished book into a learning entry draft', () => {
    const [book] = seedReadingList(now.toISOString());
    if (!book) throw new Error('the seed list is empty');
    expect(learningEntryDraftFromBook(book, '2026-04-03')).toEqual({
      ...emptyDraft('learning', '2026-04-03'),
      title: `Finished “${book.title}”`,
      body: book.notes,
      scope: 'self',
      competencies: book.competencyIds,
      tags: ['reading'],
    });
  });
});
