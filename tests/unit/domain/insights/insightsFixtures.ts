import type { Framework } from '../../../../src-renderer/src/domain/types';

/** When the trashed entries of the insights tests were deleted. */
export const trashed = '2026-02-01T09:00:00.000Z';

/** A small framework: prompts to rotate through, one prompt, none. */
export const framework: Framework = {
  id: 'test',
  name: 'Test framework',
  updatedAt: '2026-01-01T00:00:00.000Z',
  competencies: [
    { id: 'alpha', name: 'Alpha', description: '', behaviours: [], prompts: ['Alpha one?', 'Alpha two?', 'Alpha three?'] },
    { id: 'beta', name: 'Beta', description: '', behaviours: [], prompts: ['Beta only?'] },
    { id: 'gamma', name: 'Gamma', description: '', behaviours: [], prompts: [] },
  ],
};
