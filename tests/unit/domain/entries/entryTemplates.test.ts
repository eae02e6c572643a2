import { describe, expect, it } from 'vitest';
import { defaultFramework } from '../../../../src-renderer/src/domain/framework/content/defaultFramework';
import { competencyPrompts, entryTemplate } from '../../../../src-renderer/src/domain/entries/entryTemplates';
import { entryKindIds } from '../../../../src-renderer/src/domain/entries/entryKinds';

describe('entryTemplate', () => {
  it('gives every kind a short Markdown skeleton and prompts', () => {
    for (const kind of entryKindIds) {
      const template = entryTemplate(kind);
      expect(template.body).toMatch(/^## /m);
      expect(template.body.split('\n').length).toBeLessThanOrEqual(16);
      expect(template.prompts.length).toBeGreaterThanOrEqual(2);
      for (const prompt of template.prompts) expect(prompt.trim().endsWith('?')).toBe(true);
    }
  });

  it('has the decision and incident headings', () => {
    const decision = entryTemplate('decision').body;
    for (const heading of ['## Context', '## Options considered', '## Why this choice', '## What would change my mind']) {
      expect(decision).toContain(heading);
    }
    const incident = entryTemplate('incident').body;
    for (const heading of ['## What happened', '## My part', '## What we changed']) {
      expect(incident).toContain(heading);
    }
  });

  it('starts feedback with a blockquote for the quote and who said it', () => {
    expect(entryTemplate('feedback').body).toMatch(/^> ".+" — .+/);
  });

  it('returns copies that callers can change safely', () => {
    entryTemplate('win').prompts.push('changed');
    expect(entryTemplate('win').prompts).not.toContain('changed');
  });
});

describe('competencyPrompts', () => {
  it('returns the prompts of the chosen competencies in order', () => {
    const mentoring = defaultFramework.competencies.find((competency) => competency.id === 'mentoring');
    const breadth = defaultFramework.competencies.find((competency) => competency.id === 'breadth');
    expect(competencyPrompts(defaultFramework, ['mentoring', 'breadth'])).toEqual([
      ...(mentoring?.prompts ?? []),
      ...(breadth?.prompts ?? []),
    ]);
  });

  it('skips unknown ids, repeats nothing, and is empty for no competencies', () => {
    expect(competencyPrompts(defaultFramework, [])).toEqual([]);
    expect(competencyPrompts(defaultFramework, ['unknown'])).toEqual([]);
    const twice = competencyPrompts(defaultFramework, ['mentoring', 'mentoring']);
    expect(twice).toEqual(competencyPrompts(defaultFramework, ['mentoring']));
  });
});
