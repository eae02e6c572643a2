import { describe, expect, it } from 'vitest';
import { defaultFramework } from '../../../../src-renderer/src/domain/framework/content/defaultFramework';
import {
  addCompetency,
  kebabCaseId,
  moveCompetency,
  removeCompetency,
  renameCompetency,
  retiredCompetencyIds,
  setExpectedScope,
  updateCompetency,
} from '../../../../src-renderer/src/domain/framework/frameworkEditing';
import type { Competency, Framework, ScopeRange } from '../../../../src-renderer/src/domain/types';
import { makeEntry } from '../../entryFactory';

/** Freezes an object and everything inside it, so any mutation throws. */
function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object') {
    for (const inner of Object.values(value)) deepFreeze(inner);
    Object.freeze(value);
  }
  return value;
}

function competency(id: string, name: string): Competency {
  return { id, name, description: `About ${name}.`, behaviours: [`Shows ${name}.`], prompts: [`When did you use ${name}?`] };
}

function makeFramework(): Framework {
  return deepFreeze({
    id: 'test-ladder',
    name: 'Test ladder',
    updatedAt: '2026-01-01T00:00:00.000Z',
    competencies: [competency('alpha', 'Alpha'), competency('beta', 'Beta'), competency('gamma', 'Gamma')],
  });
}

const ids = (framework: Framework): string[] => framework.competencies.map((item) => item.id);

describe('renameCompetency', () => {
  it('keeps the id, so entries stay linked, and trims the name', () => {
    const framework = makeFramework();
    const renamed = renameCompetency(framework, 'beta', '  Better beta  ');
    expect(renamed.competencies[1]).toEqual({ ...competency('beta', 'Beta'), name: 'Better beta' });
    expect(ids(renamed)).toEqual(ids(framework));
    const entries = [makeEntry({ competencies: ['beta'] })];
    expect(retiredCompetencyIds(renamed, entries)).toEqual([]);
    expect(framework.competencies[1]?.name).toBe('Beta');
  });

  it('refuses empty, too long and duplicate names with a readable message', () => {
    const framework = makeFramework();
    expect(() => renameCompetency(framework, 'beta', '   ')).toThrow('A competency needs a name.');
    expect(() => renameCompetency(framework, 'beta', 'x'.repeat(81))).toThrow('at most 80 characters');
    expect(() => renameCompetency(framework, 'beta', ' alpha ')).toThrow('There is already a competency called “Alpha”.');
    expect(() => renameCompetency(framework, 'missing', 'Delta')).toThrow('no longer in the framework');
  });

  it('allows changing only the case of its own name', () => {
    expect(renameCompetency(makeFramework(), 'beta', 'BETA').competencies[1]?.name).toBe('BETA');
  });
});

describe('addCompetency', () => {
  it('adds at the end with a kebab-case id and empty lists', () => {
    const added = addCompetency(makeFramework(), ' Product sense ', ' Knowing what users need. ');
    expect(added.competencies.at(-1)).toEqual({
      id: 'product-sense',
      name: 'Product sense',
      description: 'Knowing what users need.',
      behaviours: [],
      prompts: [],
    });
    expect(added.competencies).toHaveLength(4);
  });

  it('makes unique ids when the kebab-case id is taken', () => {
    let framework = addCompetency(makeFramework(), 'Product sense');
    framework = renameCompetency(framework, 'product-sense', 'Old product sense');
    framework = addCompetency(framework, 'Product sense');
    framework = renameCompetency(framework, 'product-sense-2', 'Second');
    framework = addCompetency(framework, 'Product  Sense!');
    expect(ids(framework).slice(3)).toEqual(['product-sense', 'product-sense-2', 'product-sense-3']);
    expect(new Set(ids(framework)).size).toBe(framework.competencies.length);
  });

  it('keeps ids within 60 characters and handles names without Latin letters', () => {
    const long = addCompetency(addCompetency(makeFramework(), `${'Very '.repeat(15)}one`), `${'Very '.repeat(15)}two`);
    for (const id of ids(long).slice(3)) {
      expect(id.length).toBeLessThanOrEqual(60);
      expect(id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
    }
    expect(ids(long)[4]).toMatch(/-2$/);
    expect(addCompetency(makeFramework(), 'Café crème').competencies.at(-1)?.id).toBe('cafe-creme');
    expect(addCompetency(makeFramework(), '設計').competencies.at(-1)?.id).toBe('competency');
    expect(kebabCaseId('  --  ', 'fallback')).toBe('fallback');
  });

  it('refuses duplicate names and more than 100 competencies', () => {
    expect(() => addCompetency(makeFramework(), 'GAMMA')).toThrow('already a competency called “Gamma”');
    const full: Framework = {
      ...makeFramework(),
      competencies: Array.from({ length: 100 }, (_, index) => competency(`c-${index}`, `C ${index}`)),
    };
    expect(() => addCompetency(full, 'One more')).toThrow('at most 100 competencies');
  });
});

describe('removeCompetency and retiredCompetencyIds', () => {
  it('removes a competency and reports evidence that now cites it as retired', () => {
    const framework = makeFramework();
    const removed = removeCompetency(framework, 'beta');
    expect(ids(removed)).toEqual(['alpha', 'gamma']);
    expect(ids(framework)).toEqual(['alpha', 'beta', 'gamma']);
    const entries = [
      makeEntry({ competencies: ['beta', 'alpha'] }),
      makeEntry({ competencies: ['zeta', 'beta'] }),
      makeEntry({ competencies: ['omega'], deletedAt: '2026-02-01T00:00:00.000Z' }),
    ];
    expect(retiredCompetencyIds(removed, entries)).toEqual(['beta', 'zeta']);
    expect(retiredCompetencyIds(framework, entries)).toEqual(['zeta']);
  });

  it('keeps at least one competency and refuses unknown ids', () => {
    const single: Framework = { ...makeFramework(), competencies: [competency('only', 'Only')] };
    expect(() => removeCompetency(single, 'only')).toThrow('at least one competency');
    expect(() => removeCompetency(makeFramework(), 'missing')).toThrow('no longer in the framework');
  });

  it('gives a re-added competency its old id back, un-retiring its evidence', () => {
    const removed = removeCompetency(makeFramework(), 'beta');
    const readded = addCompetency(removed, 'Beta');
    expect(readded.competencies.at(-1)?.id).toBe('beta');
    expect(retiredCompetencyIds(readded, [makeEntry({ competencies: ['beta'] })])).toEqual([]);
  });
});

describe('moveCompetency', () => {
  it('reorders, clamping the target index', () => {
    const framework = makeFramework();
    expect(ids(moveCompetency(framework, 'alpha', 2))).toEqual(['beta', 'gamma', 'alpha']);
    expect(ids(moveCompetency(framework, 'gamma', 0))).toEqual(['gamma', 'alpha', 'beta']);
    expect(ids(moveCompetency(framework, 'beta', 99))).toEqual(['alpha', 'gamma', 'beta']);
    expect(ids(moveCompetency(framework, 'beta', -5))).toEqual(['beta', 'alpha', 'gamma']);
    expect(ids(moveCompetency(framework, 'beta', Number.NaN))).toEqual(['alpha', 'beta', 'gamma']);
    expect(ids(framework)).toEqual(['alpha', 'beta', 'gamma']);
  });
});

describe('updateCompetency', () => {
  it('changes only what is given, trimming text and dropping blank items', () => {
    const updated = updateCompetency(makeFramework(), 'gamma', { behaviours: [' First ', '', '  ', 'Second'] });
    expect(updated.competencies[2]).toEqual({ ...competency('gamma', 'Gamma'), behaviours: ['First', 'Second'] });
    const described = updateCompetency(updated, 'gamma', { description: ' New. ', prompts: [] });
    expect(described.competencies[2]).toMatchObject({ description: 'New.', prompts: [], behaviours: ['First', 'Second'] });
  });

  it('refuses changes past the limits', () => {
    const framework = makeFramework();
    expect(() => updateCompetency(framework, 'alpha', { description: 'x'.repeat(2_001) })).toThrow('2,000 characters');
    expect(() => updateCompetency(framework, 'alpha', { prompts: Array.from({ length: 31 }, () => 'p') })).toThrow('at most 30 prompts');
    expect(() => updateCompetency(framework, 'alpha', { behaviours: ['b'.repeat(501)] })).toThrow('500 characters');
  });
});

describe('setExpectedScope', () => {
  it('sets one role’s range and keeps the others, on a frozen framework', () => {
    const framework = makeFramework();
    const staff = setExpectedScope(framework, 'beta', 'staff', { from: 'team', to: 'company' });
    expect(staff.competencies[1]?.expectedScope).toEqual({ staff: { from: 'team', to: 'company' } });
    const both = setExpectedScope(staff, 'beta', 'principal', { from: 'department', to: 'department' });
    expect(both.competencies[1]?.expectedScope).toEqual({
      staff: { from: 'team', to: 'company' },
      principal: { from: 'department', to: 'department' },
    });
    expect(both.competencies[0]).toEqual(framework.competencies[0]);
  });

  it('drops a range that is the ladder’s own, and the field when no range is left', () => {
    const staff = setExpectedScope(makeFramework(), 'beta', 'staff', { from: 'team', to: 'company' });
    const back = setExpectedScope(staff, 'beta', 'staff', { from: 'department', to: 'company' });
    expect(back.competencies[1]).toEqual(competency('beta', 'Beta'));
    expect(setExpectedScope(staff, 'beta', 'staff', null).competencies[1]).not.toHaveProperty('expectedScope');
  });

  it('refuses a range that starts wider than it ends, an unknown scope, and an unknown competency', () => {
    const framework = makeFramework();
    expect(() => setExpectedScope(framework, 'alpha', 'staff', { from: 'company', to: 'team' })).toThrow(
      'The expected scope at Staff cannot start wider than it ends',
    );
    expect(() => setExpectedScope(framework, 'alpha', 'senior', JSON.parse('{"from":"galaxy","to":"team"}') as ScopeRange)).toThrow(
      'Choose an expected scope from the scope levels.',
    );
    expect(() => setExpectedScope(framework, 'omega', 'senior', null)).toThrow('no longer in the framework');
  });
});

describe('editing the default framework', () => {
  it('works on the shipped framework without changing it', () => {
    const before = JSON.stringify(defaultFramework);
    const edited = moveCompetency(
      renameCompetency(addCompetency(defaultFramework, 'Product sense'), 'mentoring', 'Coaching'),
      'product-sense',
      0,
    );
    expect(edited.competencies[0]?.id).toBe('product-sense');
    expect(JSON.stringify(defaultFramework)).toBe(before);
  });
});
