import { describe, expect, it } from 'vitest';
import { assessReadiness, describeReadiness, strongEntryCount } from '../../../../src-renderer/src/domain/packet/readiness';
import type { Competency, Entry, Framework, RoleLevel } from '../../../../src-renderer/src/domain/types';
import { makeEntry } from '../../entryFactory';

function competency(id: string, name: string, extra: Partial<Competency> = {}): Competency {
  return { id, name, description: '', behaviours: [], prompts: [], ...extra };
}

const framework: Framework = {
  id: 'test-ladder',
  name: 'Test ladder',
  updatedAt: '2026-01-01T00:00:00.000Z',
  competencies: [
    competency('design', 'Design'),
    competency('mentoring', 'Mentoring'),
    competency('writing', 'Writing', { expectedScope: { staff: { from: 'team', to: 'department' } } }),
  ],
};

const period = { periodStart: '2026-01-01', periodEnd: '2026-06-30' };

/** Three design entries that meet every criterion at Staff: one at Company scope, one feedback. */
const strongDesign: Entry[] = [
  makeEntry({ id: 'd1', occurredOn: '2026-02-01', competencies: ['design'], scope: 'company' }),
  makeEntry({ id: 'd2', occurredOn: '2026-03-01', competencies: ['design', 'design'], scope: 'team', kind: 'feedback' }),
  makeEntry({ id: 'd3', occurredOn: '2026-04-01', competencies: ['design', 'writing'], scope: 'self' }),
];

/** Readiness by competency id when the packet selects every one of `entries`. */
function byId(entries: readonly Entry[], level: RoleLevel = 'staff') {
  const packet = { ...period, entryIds: entries.map((entry) => entry.id) };
  return new Map(assessReadiness(packet, entries, framework, level).map((row) => [row.competency.id, row]));
}

describe('assessReadiness', () => {
  it('judges every competency of the framework, in its order', () => {
    const rows = assessReadiness({ ...period, entryIds: [] }, [], framework, 'staff');
    expect(rows.map((row) => [row.competency.id, row.verdict])).toEqual([
      ['design', 'missing'],
      ['mentoring', 'missing'],
      ['writing', 'missing'],
    ]);
    expect(rows[0]).toMatchObject({ entryCount: 0, widestScope: null, hasFeedback: false, shortfalls: ['entries', 'scope', 'feedback'] });
  });

  it('calls a competency strong with enough entries, a wide enough scope and feedback from others', () => {
    const design = byId(strongDesign).get('design');
    expect(strongEntryCount).toBe(3);
    expect(design).toMatchObject({
      verdict: 'strong',
      entryCount: 3,
      widestScope: 'company',
      expected: { from: 'department', to: 'company' },
      hasFeedback: true,
      shortfalls: [],
      unselectedCount: 0,
    });
  });

  it('calls it thin, naming each criterion it misses', () => {
    const [first, second, third] = strongDesign as [Entry, Entry, Entry];
    expect(byId([first, second]).get('design')).toMatchObject({ verdict: 'thin', shortfalls: ['entries'] });
    expect(byId([first, third, { ...second, kind: 'win' }]).get('design')).toMatchObject({ verdict: 'thin', shortfalls: ['feedback'] });
    const narrow = [{ ...first, scope: 'team' as const }, second, third];
    expect(byId(narrow).get('design')).toMatchObject({ verdict: 'thin', widestScope: 'team', shortfalls: ['scope'] });
    // At Senior, Team is enough.
    expect(byId(narrow, 'senior').get('design')).toMatchObject({
      verdict: 'strong',
      expected: { from: 'team', to: 'department' },
    });
    expect(byId([third]).get('writing')).toMatchObject({
      verdict: 'thin',
      widestScope: 'self',
      shortfalls: ['entries', 'scope', 'feedback'],
    });
  });

  it('uses the range a competency states for the role', () => {
    const writing = [
      makeEntry({ id: 'w1', occurredOn: '2026-02-01', competencies: ['writing'], scope: 'team', kind: 'feedback' }),
      makeEntry({ id: 'w2', occurredOn: '2026-02-02', competencies: ['writing'], scope: 'team' }),
      makeEntry({ id: 'w3', occurredOn: '2026-02-03', competencies: ['writing'], scope: 'team' }),
    ];
    expect(byId(writing).get('writing')).toMatchObject({ verdict: 'strong', expected: { from: 'team', to: 'department' } });
    expect(byId(writing, 'principal').get('writing')).toMatchObject({ verdict: 'thin', shortfalls: ['scope'] });
  });

  it('counts only selected entries of the period outside the trash, and counts the rest of the period as more to add', () => {
    const entries = [
      ...strongDesign,
      makeEntry({ id: 'before', occurredOn: '2025-12-31', competencies: ['mentoring'], kind: 'feedback', scope: 'industry' }),
      makeEntry({ id: 'after', occurredOn: '2026-07-01', competencies: ['mentoring'] }),
      makeEntry({ id: 'trashed', occurredOn: '2026-03-01', competencies: ['mentoring'], deletedAt: '2026-03-02T00:00:00.000Z' }),
      makeEntry({ id: 'unselected-1', occurredOn: '2026-01-01', competencies: ['mentoring'] }),
      makeEntry({ id: 'unselected-2', occurredOn: '2026-06-30', competencies: ['mentoring', 'design'] }),
    ];
    const packet = { ...period, entryIds: ['d1', 'd2', 'd3', 'before', 'after', 'trashed'] };
    const rows = new Map(assessReadiness(packet, entries, framework, 'staff').map((row) => [row.competency.id, row]));
    expect(rows.get('mentoring')).toMatchObject({ verdict: 'missing', entryCount: 0, hasFeedback: false, unselectedCount: 2 });
    expect(rows.get('design')).toMatchObject({ verdict: 'strong', entryCount: 3, unselectedCount: 1 });
  });

  it('ignores competencies the framework no longer has', () => {
    const retired = makeEntry({ id: 'r', occurredOn: '2026-02-01', competencies: ['retired'] });
    expect([...byId([retired]).keys()]).toEqual(['design', 'mentoring', 'writing']);
  });
});

describe('describeReadiness', () => {
  it('puts the rule’s figures in words, marking each criterion met or not', () => {
    const [first, second] = strongDesign as [Entry, Entry, Entry];
    const thin = byId([
      { ...first, scope: 'team' },
      { ...second, kind: 'win' },
    ]).get('design');
    if (!thin) throw new Error('design is judged');
    const figures = describeReadiness(thin, 'staff');
    expect(figures.map((figure) => figure.text).join(' · ')).toBe(
      '2 entries (3 needed) · widest scope Team, Staff expects Department to Company · no feedback from others',
    );
    expect(figures.map((figure) => figure.isMet)).toEqual([false, false, false]);

    const strong = byId(strongDesign).get('design');
    if (!strong) throw new Error('design is judged');
    expect(describeReadiness(strong, 'staff').map((figure) => [figure.text, figure.isMet])).toEqual([
      ['3 entries', true],
      ['widest scope Company, Staff expects Department to Company', true],
      ['feedback from others', true],
    ]);
  });

  it('says so when there are no entries, and counts one entry in the singular', () => {
    const rows = byId([strongDesign[2] as Entry], 'principal');
    const mentoring = rows.get('mentoring');
    const writing = rows.get('writing');
    if (!mentoring || !writing) throw new Error('both are judged');
    expect(describeReadiness(mentoring, 'principal').map((figure) => figure.text)).toEqual([
      'no entries (3 needed)',
      'Principal expects Company to Industry',
      'no feedback from others',
    ]);
    expect(describeReadiness(writing, 'principal')[0]?.text).toBe('1 entry (3 needed)');
  });
});
