import type { ScopeJournalDatabase } from './database';
import { newId } from '../domain/ids';
import type { QuarterlyReview } from '../domain/types';

/** What a user writes in a quarterly review; ids and timestamps are the repository's. */
export type ReviewDraft = Pick<QuarterlyReview, 'quarter' | 'answers' | 'ratings' | 'summary'>;

/** Ratings are whole numbers from 1 to 5; anything else is dropped rather than stored. */
function cleanRatings(ratings: Record<string, number>): Record<string, number> {
  return Object.fromEntries(Object.entries(ratings).filter(([, rating]) => Number.isInteger(rating) && rating >= 1 && rating <= 5));
}

function cleanAnswers(answers: Record<string, string>): Record<string, string> {
  const trimmed = Object.entries(answers).map(([id, answer]): [string, string] => [id, answer.trim()]);
  return Object.fromEntries(trimmed.filter(([, answer]) => answer !== ''));
}

/**
 * Saves the review of a quarter: the first save creates it, later saves update the same review
 * (one review per quarter). Read and write in one transaction, so two saves never make two.
 */
export async function saveReview(database: ScopeJournalDatabase, draft: ReviewDraft, now: Date = new Date()): Promise<QuarterlyReview> {
  return database.transaction('rw', database.reviews, async () => {
    const existing = await database.reviews.where('quarter').equals(draft.quarter).first();
    const timestamp = now.toISOString();
    const review: QuarterlyReview = {
      id: existing?.id ?? newId(),
      createdAt: existing?.createdAt ?? timestamp,
      updatedAt: timestamp,
      quarter: draft.quarter,
      answers: cleanAnswers(draft.answers),
      ratings: cleanRatings(draft.ratings),
      summary: draft.summary.trim(),
    };
    await database.reviews.put(review);
    return review;
  });
}

/** Every review, the latest quarter first. */
export async function listReviews(database: ScopeJournalDatabase): Promise<QuarterlyReview[]> {
  const reviews = await database.reviews.orderBy('quarter').reverse().toArray();
  return [...reviews];
}
