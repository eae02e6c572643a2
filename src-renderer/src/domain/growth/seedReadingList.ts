import type { ReadingListItem } from '../types';
import { seedBooks } from './content/seedBooks';

/** `designing-data-intensive-applications` for "Designing Data-Intensive Applications". */
function slugify(title: string): string {
  return title
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/**
 * The starting reading list: the nine books named in the growth guide, all still to read.
 * Ids are deterministic (`reading-<slug>`) so seeding twice cannot create duplicates.
 */
export function seedReadingList(now: string): ReadingListItem[] {
  return seedBooks.map((book) => ({
    id: `reading-${slugify(book.title)}`,
    title: book.title,
    author: book.author,
    status: 'to-read',
    notes: book.notes,
    competencyIds: [...book.competencyIds],
    updatedAt: now,
  }));
}
