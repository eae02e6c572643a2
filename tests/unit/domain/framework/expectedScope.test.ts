import { describe, expect, it } from 'vitest';
import { defaultFramework } from '../../../../src-renderer/src/domain/framework/content/defaultFramework';
import {
  defaultExpectedScope,
  describeScopeRange,
  expectedScopeFor,
  isOrderedRange,
  roleLevelLabel,
  roleLevelOf,
  roleLevels,
} from '../../../../src-renderer/src/domain/framework/expectedScope';
import type { Competency } from '../../../../src-renderer/src/domain/types';

const competency: Competency = { id: 'craft', name: 'Craft', description: '', behaviours: [], prompts: [] };

describe('the scope ladder', () => {
  it('expects Team to Department of a Senior, Department to Company of a Staff, Company to Industry of a Principal', () => {
    expect(defaultExpectedScope).toEqual({
      senior: { from: 'team', to: 'department' },
      staff: { from: 'department', to: 'company' },
      principal: { from: 'company', to: 'industry' },
    });
    expect(roleLevels.map((level) => [level.id, level.label])).toEqual([
      ['senior', 'Senior'],
      ['staff', 'Staff'],
      ['principal', 'Principal'],
    ]);
    expect(roleLevelLabel('staff')).toBe('Staff');
  });

  it('applies to a competency that states nothing, and gives way to one that states its own range', () => {
    expect(expectedScopeFor(competency, 'staff')).toEqual({ from: 'department', to: 'company' });
    const own = { ...competency, expectedScope: { staff: { from: 'team', to: 'department' } } } satisfies Competency;
    expect(expectedScopeFor(own, 'staff')).toEqual({ from: 'team', to: 'department' });
    expect(expectedScopeFor(own, 'principal')).toEqual({ from: 'company', to: 'industry' });
  });

  it('is what the default framework expects of every competency', () => {
    for (const item of defaultFramework.competencies) expect(expectedScopeFor(item, 'senior')).toEqual(defaultExpectedScope.senior);
  });

  it('describes a range in words and knows which ranges run the right way', () => {
    expect(describeScopeRange({ from: 'department', to: 'company' })).toBe('Department to Company');
    expect(describeScopeRange({ from: 'team', to: 'team' })).toBe('Team');
    expect(isOrderedRange({ from: 'team', to: 'team' })).toBe(true);
    expect(isOrderedRange({ from: 'company', to: 'team' })).toBe(false);
  });
});

describe('roleLevelOf', () => {
  it('reads the level a target role names, in any case', () => {
    expect(roleLevelOf('Staff Engineer')).toBe('staff');
    expect(roleLevelOf('Senior Software Engineer')).toBe('senior');
    expect(roleLevelOf('Sr. Engineer')).toBe('senior');
    expect(roleLevelOf('PRINCIPAL engineer, payments')).toBe('principal');
    expect(roleLevelOf('staff')).toBe('staff');
  });

  it('takes the more senior level when a title names two', () => {
    expect(roleLevelOf('Senior Staff Engineer')).toBe('staff');
    expect(roleLevelOf('Senior Principal Engineer')).toBe('principal');
  });

  it('matches whole words only, and gives null when the role names no level', () => {
    expect(roleLevelOf('Staffing Lead')).toBeNull();
    expect(roleLevelOf('Engineering Manager')).toBeNull();
    expect(roleLevelOf('')).toBeNull();
  });
});
