// @ts-check
/**
 * The search's unit-test cases (tests/unit/domain/entries/search.test.ts) as data, so the
 * comparison (search-compare.mjs) can run every candidate through the same expectations. Keep the
 * two in step: a case added to the tests belongs here too.
 */

let counter = 0;

/**
 * An entry with the defaults of the tests' `makeEntry` (tests/unit/entryFactory.ts).
 * @param {Record<string, unknown>} overrides
 */
export function caseEntry(overrides = {}) {
  counter += 1;
  return {
    occurredOn: '2026-01-15',
    title: `Entry ${counter}`,
    body: '',
    kind: 'win',
    scope: 'team',
    competencies: [],
    tags: [],
    impact: '',
    impactMetric: null,
    people: [],
    links: [],
    aiAssist: '',
    starred: false,
    followUpOn: null,
    outcome: '',
    options: [],
    choice: '',
    confidence: null,
    id: `case-${counter}`,
    createdAt: '2026-01-15T10:00:00.000Z',
    updatedAt: '2026-01-15T10:00:00.000Z',
    deletedAt: null,
    source: 'user',
    ...overrides,
  };
}

const journal = [
  caseEntry({ title: 'Cut checkout latency', occurredOn: '2026-03-01', tags: ['performance'], kind: 'win', scope: 'team' }),
  caseEntry({
    title: 'Mentored Sam',
    body: 'We worked on latency budgets together',
    occurredOn: '2026-04-01',
    kind: 'mentoring',
    scope: 'self',
    people: ['Sam Ortiz'],
  }),
  caseEntry({ title: 'Résumé of the quarter', occurredOn: '2026-02-01', kind: 'reflection', impact: 'Clearer goals', starred: true }),
  caseEntry({
    title: 'Pricing review',
    occurredOn: '2026-05-01',
    tags: ['payments'],
    kind: 'decision',
    scope: 'company',
    competencies: ['business-context'],
  }),
];

/**
 * @typedef {object} RankingCase
 * @property {string} name  the test's name and the expectation
 * @property {any[]} entries  in the order the journal passes them (newest first in the app)
 * @property {Record<string, unknown>} filters  merged over "no filters"
 * @property {string[]} [expected]  the titles, in order
 * @property {number} [expectedCount]  when only the count is asserted
 * @property {{ entries: any[], filters: Record<string, unknown>, expectedCount: number }} [after]
 *   a second search after an edit, on the same index
 */

/** @type {RankingCase[]} */
export const rankingCases = [
  {
    name: 'finds words in title and body: "latency"',
    entries: journal,
    filters: { text: 'latency' },
    expected: ['Cut checkout latency', 'Mentored Sam'],
  },
  { name: 'finds words in the impact: "goals"', entries: journal, filters: { text: 'goals' }, expected: ['Résumé of the quarter'] },
  { name: 'finds words in tags: "payments"', entries: journal, filters: { text: 'payments' }, expected: ['Pricing review'] },
  { name: 'finds words in people: "ortiz"', entries: journal, filters: { text: 'ortiz' }, expected: ['Mentored Sam'] },
  { name: 'needs every word, folds case: "LATENCY sam"', entries: journal, filters: { text: 'LATENCY sam' }, expected: ['Mentored Sam'] },
  { name: 'folds accents: "resume"', entries: journal, filters: { text: 'resume' }, expected: ['Résumé of the quarter'] },
  {
    name: 'keeps quoted phrases: "\\"budgets together\\""',
    entries: journal,
    filters: { text: '"budgets together"' },
    expected: ['Mentored Sam'],
  },
  { name: 'facet: kind', entries: journal, filters: { kinds: ['decision'] }, expected: ['Pricing review'] },
  { name: 'facet: scope and text', entries: journal, filters: { scopes: ['team'], text: 'latency' }, expected: ['Cut checkout latency'] },
  { name: 'facet: competency', entries: journal, filters: { competencies: ['business-context'] }, expected: ['Pricing review'] },
  { name: 'facet: tag, any case', entries: journal, filters: { tags: ['PERFORMANCE'] }, expected: ['Cut checkout latency'] },
  { name: 'facet: starred', entries: journal, filters: { starredOnly: true }, expected: ['Résumé of the quarter'] },
  {
    name: 'facet: period',
    entries: journal,
    filters: { from: '2026-03-01', to: '2026-04-30' },
    expected: ['Cut checkout latency', 'Mentored Sam'],
  },
  { name: 'facet and text exclude each other', entries: journal, filters: { kinds: ['decision'], text: 'latency' }, expected: [] },
  { name: 'keeps the input order without text', entries: journal, filters: {}, expected: journal.map((entry) => entry.title) },
  (() => {
    const entry = caseEntry({ title: 'Old title' });
    const edited = { ...entry, title: 'New title', updatedAt: '2026-02-01T00:00:00.000Z' };
    return {
      name: 'refreshes an edited entry',
      entries: [entry],
      filters: { text: 'old' },
      expectedCount: 1,
      after: { entries: [edited], filters: { text: 'old' }, expectedCount: 0 },
    };
  })(),
  {
    name: 'returns all 50 needles among 50,000 entries',
    entries: Array.from({ length: 50_000 }, (_, index) => caseEntry({ title: index % 1000 === 0 ? `Needle ${index}` : `Hay ${index}` })),
    filters: { text: 'needle' },
    expectedCount: 50,
  },
];

/**
 * Probes that show where a candidate's semantics differ from the journal's today, on the
 * generated journal: the count each finds beside the hand-written one.
 */
export const semanticProbes = [
  { name: 'mid-word ("tency")', text: 'tency' },
  { name: 'two words ("mentoring budget")', text: 'mentoring budget' },
  { name: 'phrase ("\\"the latency\\"")', text: '"the latency"' },
  { name: 'typo ("latncy")', text: 'latncy' },
];
