import { afterEach, beforeEach, expect, it } from 'vitest';
import { openFreshDatabase } from './freshDatabase';
import type { ScopeJournalDatabase } from '../../../src-renderer/src/db/database';
import { listReviews, saveReview } from '../../../src-renderer/src/db/reviewsRepository';

let database: ScopeJournalDatabase;

beforeEach(async () => {
  database = await openFreshDatabase();
});

afterEach(() => database.delete());

it('keeps one review per quarter: a second save updates it', async () => {
  const first = await saveReview(
    database,
    { quarter: '2026-Q3', answers: { a: ' Led the migration ' }, ratings: { a: 4 }, summary: ' Good quarter ' },
    new Date('2026-10-01T00:00:00Z'),
  );
  const second = await saveReview(
    database,
    { quarter: '2026-Q3', answers: { a: 'Led it', b: '  ' }, ratings: { a: 5, b: 9, c: 2.5 }, summary: 'Great quarter' },
    new Date('2026-10-02T00:00:00Z'),
  );
  expect(second.id).toBe(first.id);
  expect(second.createdAt).toBe(first.createdAt);
  expect(second).toMatchObject({
    answers: { a: 'Led it' },
    ratings: { a: 5 },
    summary: 'Great quarter',
    updatedAt: '2026-10-02T00:00:00.000Z',
  });
  expect(await database.reviews.count()).toBe(1);
});

it('lists reviews latest quarter first, across years', async () => {
  for (const quarter of ['2025-Q4', '2026-Q2', '2026-Q1'] as const)
    await saveReview(database, { quarter, answers: {}, ratings: {}, summary: quarter });
  expect((await listReviews(database)).map((review) => review.quarter)).toEqual(['2026-Q2', '2026-Q1', '2025-Q4']);
});
