import { expect } from '@playwright/test';
import { samplePeople } from '../../../src-renderer/src/domain/sample/content/sampleJournalContent';

/**
 * Checks that `text`, exported from a redacted packet of the sample journal, names none of the
 * sample's people by full name, first name or surname, and still carries the author and the
 * placeholder. Every export format (PDF, DOCX) is checked the same way.
 */
export function expectSamplePeopleRedacted(text: string, authorName: string): void {
  expect(text).toContain(authorName);
  expect(text).toContain('a colleague');
  for (const name of samplePeople) {
    for (const part of [name, ...name.split(' ')])
      expect(text, `“${part}” should be redacted`).not.toMatch(new RegExp(`\\b${part}\\b`, 'u'));
  }
}
