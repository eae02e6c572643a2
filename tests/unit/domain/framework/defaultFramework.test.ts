import { describe, expect, it } from 'vitest';
import { defaultFramework } from '../../../../src-renderer/src/domain/framework/content/defaultFramework';
import { competencyName } from '../../../../src-renderer/src/domain/framework/frameworkEditing';
import { seedReadingList } from '../../../../src-renderer/src/domain/growth/seedReadingList';

const expectedNames: Record<string, string> = {
  'architectural-judgment': 'Architectural judgment',
  'cross-cutting-ownership': 'Cross-cutting ownership',
  mentoring: 'Mentoring and growing others',
  'technical-communication': 'Technical communication',
  'quality-standards': 'Setting quality standards',
  'systems-thinking': 'Systems thinking',
  'business-context': 'Business context',
  'strategic-influence': 'Strategic influence',
  'owning-the-outcome': 'Owning the outcome',
  'decisions-under-uncertainty': 'Decisions with incomplete information',
  breadth: 'Breadth across disciplines',
};

describe('defaultFramework', () => {
  it('is the Senior Engineer framework with a fixed timestamp', () => {
    expect(defaultFramework.id).toBe('senior-engineer');
    expect(defaultFramework.name).toBe('Senior Engineer');
    expect(new Date(defaultFramework.updatedAt).toISOString()).toBe(defaultFramework.updatedAt);
  });

  it('has the eleven competencies with their exact names and unique kebab-case ids', () => {
    const { competencies } = defaultFramework;
    expect(competencies).toHaveLength(11);
    expect(new Set(competencies.map((competency) => competency.id)).size).toBe(11);
    for (const competency of competencies) {
      expect(competency.id).toMatch(/^[a-z]+(-[a-z]+)*$/);
      expect(competency.name).toBe(expectedNames[competency.id]);
    }
    expect(competencies.map((competency) => competency.id).sort()).toEqual(Object.keys(expectedNames).sort());
  });

  it('gives every competency a description, 3–5 behaviours and 3–4 prompts', () => {
    for (const competency of defaultFramework.competencies) {
      expect(competency.description.length).toBeGreaterThan(100);
      expect(competency.behaviours.length).toBeGreaterThanOrEqual(3);
      expect(competency.behaviours.length).toBeLessThanOrEqual(5);
      expect(competency.prompts.length).toBeGreaterThanOrEqual(3);
      expect(competency.prompts.length).toBeLessThanOrEqual(4);
      for (const prompt of competency.prompts) expect(prompt.trim().endsWith('?')).toBe(true);
      for (const behaviour of competency.behaviours) expect(behaviour.trim()).not.toBe('');
    }
  });

  it('carries the AI-related behaviours from the growth guide', () => {
    const behaviours = defaultFramework.competencies.flatMap((competency) => competency.behaviours);
    expect(behaviours.filter((behaviour) => /\bAI\b/.test(behaviour)).length).toBeGreaterThanOrEqual(6);
  });

  it('names competencies, falling back to the id for unknown ones', () => {
    expect(competencyName(defaultFramework, 'breadth')).toBe('Breadth across disciplines');
    expect(competencyName(defaultFramework, 'no-such-competency')).toBe('no-such-competency');
  });
});

describe('seedReadingList', () => {
  const now = '2026-05-14T09:00:00.000Z';
  const items = seedReadingList(now);

  it('lists the nine recommended books, all still to read', () => {
    expect(items).toHaveLength(9);
    expect(items.map((item) => item.title)).toContain('Designing Data-Intensive Applications');
    expect(items.find((item) => item.title === 'Release It!')?.author).toBe('Michael T. Nygard');
    expect(items.find((item) => item.title === 'Technical Writing for Engineers')?.author).toBe('');
    for (const item of items) {
      expect(item.status).toBe('to-read');
      expect(item.updatedAt).toBe(now);
      expect(item.notes.trim()).not.toBe('');
    }
  });

  it('has deterministic, unique reading-<slug> ids', () => {
    const ids = items.map((item) => item.id);
    expect(new Set(ids).size).toBe(9);
    for (const id of ids) expect(id).toMatch(/^reading-[a-z0-9]+(-[a-z0-9]+)*$/);
    expect(ids).toContain('reading-designing-data-intensive-applications');
    expect(seedReadingList('2030-01-01T00:00:00.000Z').map((item) => item.id)).toEqual(ids);
  });

  it('maps every book to competencies of the default framework', () => {
    const known = new Set(defaultFramework.competencies.map((competency) => competency.id));
    for (const item of items) {
      expect(item.competencyIds.length).toBeGreaterThan(0);
      for (const id of item.competencyIds) expect(known.has(id), id).toBe(true);
    }
  });
});
