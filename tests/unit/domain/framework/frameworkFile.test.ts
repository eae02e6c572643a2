import { describe, expect, it } from 'vitest';
import { defaultFramework } from '../../../../src-renderer/src/domain/framework/content/defaultFramework';
import { addCompetency } from '../../../../src-renderer/src/domain/framework/frameworkEditing';
import { parseFrameworkFile, serializeFramework } from '../../../../src-renderer/src/domain/framework/frameworkFile';

const now = new Date('2026-05-01T12:00:00.000Z');

function problemOf(text: string): string {
  const parsed = parseFrameworkFile(text, now);
  if (parsed.isValid) throw new Error('expected a problem');
  return parsed.problem;
}

/** A framework file around `framework`, which may be anything. */
function fileWith(framework: unknown): string {
  return JSON.stringify({ format: 'scope-journal-framework', version: 1, framework });
}

/** A framework file whose competencies are the default's, with overrides for one of them. */
function fileWithCompetency(position: number, competency: Record<string, unknown>): string {
  const competencies: unknown[] = defaultFramework.competencies.map((item) => ({ ...item }));
  competencies[position] = competency;
  return fileWith({ ...defaultFramework, competencies });
}

const third = defaultFramework.competencies[2];

describe('framework file', () => {
  it('round-trips the default framework exactly', () => {
    const text = serializeFramework(defaultFramework);
    expect(JSON.parse(text)).toMatchObject({ format: 'scope-journal-framework', version: 1 });
    expect(parseFrameworkFile(text, now)).toEqual({ isValid: true, framework: defaultFramework });
  });

  it('round-trips an edited framework and keeps a new framework id', () => {
    const edited = { ...addCompetency(defaultFramework, 'Product sense'), id: 'acme-ladder', name: 'Acme ladder' };
    expect(parseFrameworkFile(serializeFramework(edited), now)).toEqual({ isValid: true, framework: edited });
  });

  it('fills in what a hand-written file may leave out and drops unknown fields', () => {
    const parsed = parseFrameworkFile(
      fileWith({ name: ' Acme Engineering ', level: 'L5', competencies: [{ id: 'craft', name: ' Craft ', extra: '<script>' }] }),
      now,
    );
    expect(parsed).toEqual({
      isValid: true,
      framework: {
        id: 'acme-engineering',
        name: 'Acme Engineering',
        updatedAt: now.toISOString(),
        competencies: [{ id: 'craft', name: 'Craft', description: '', behaviours: [], prompts: [] }],
      },
    });
  });

  it('keeps markup as plain text', () => {
    const description = '<img src=x onerror="alert(1)"> **bold**';
    const parsed = parseFrameworkFile(fileWith({ name: 'X', competencies: [{ id: 'a', name: 'A', description }] }), now);
    expect(parsed.isValid && parsed.framework.competencies[0]?.description).toBe(description);
  });

  it('refuses files that are too big, not JSON, or of another format or version', () => {
    expect(problemOf(' '.repeat(1024 * 1024 + 1))).toBe('The file is larger than 1 MB, the most a framework file may be.');
    expect(problemOf('{"format":')).toContain('not valid JSON');
    expect(problemOf('')).toContain('not valid JSON');
    expect(problemOf('[1, 2]')).toBe('This is not a Scope Journal framework file.');
    expect(problemOf(JSON.stringify({ format: 'scope-journal-entries', version: 1, entries: [] }))).toBe(
      'This is not a Scope Journal framework file.',
    );
    expect(problemOf(JSON.stringify({ format: 'scope-journal-framework', version: 2, framework: defaultFramework }))).toBe(
      'This framework file is version 2; this version of Scope Journal reads version 1.',
    );
    expect(problemOf(JSON.stringify({ format: 'scope-journal-framework', framework: defaultFramework }))).toBe(
      'This framework file does not say which version it is; this version of Scope Journal reads version 1.',
    );
  });

  it('names what is wrong with the framework itself', () => {
    expect(problemOf(JSON.stringify({ format: 'scope-journal-framework', version: 1 }))).toBe('The file has no framework in it.');
    expect(problemOf(fileWith('Senior'))).toBe('The file has no framework in it.');
    expect(problemOf(fileWith({ ...defaultFramework, name: '  ' }))).toBe('The framework has no name.');
    expect(problemOf(fileWith({ ...defaultFramework, name: undefined }))).toBe('The framework has no name.');
    expect(problemOf(fileWith({ ...defaultFramework, name: 'n'.repeat(81) }))).toBe('The framework’s name is longer than 80 characters.');
    expect(problemOf(fileWith({ ...defaultFramework, id: 'Acme Ladder' }))).toMatch(/^The framework has the id 'Acme Ladder'; ids must be/);
    expect(problemOf(fileWith({ ...defaultFramework, competencies: 'many' }))).toBe('The framework has no list of competencies.');
    expect(problemOf(fileWith({ ...defaultFramework, competencies: [] }))).toBe(
      'The framework has no competencies; it needs at least one.',
    );
    const tooMany = Array.from({ length: 101 }, (_, index) => ({ id: `c-${index}`, name: `C ${index}` }));
    expect(problemOf(fileWith({ ...defaultFramework, competencies: tooMany }))).toBe(
      'The framework has more than 100 competencies, the most allowed.',
    );
  });

  it('names the competency and what is wrong with it', () => {
    expect(problemOf(fileWithCompetency(2, { ...third, name: '' }))).toBe('Competency 3 has no name.');
    expect(problemOf(fileWithCompetency(2, { ...third, name: undefined }))).toBe('Competency 3 has no name.');
    expect(problemOf(fileWithCompetency(2, { ...third, name: 7 }))).toBe('Competency 3 has a name that is not text.');
    expect(problemOf(fileWithCompetency(2, { ...third, name: 'n'.repeat(81) }))).toBe('Competency 3 has a name longer than 80 characters.');
    expect(problemOf(fileWithCompetency(2, { ...third, id: undefined }))).toBe('Competency 3 has no id.');
    expect(problemOf(fileWithCompetency(2, { ...third, id: 'Product Sense' }))).toBe(
      "Competency 3 has the id 'Product Sense'; ids must be lowercase letters, digits and hyphens, like 'product-sense', at most 60 characters.",
    );
    expect(problemOf(fileWithCompetency(2, { ...third, id: 'a'.repeat(61) }))).toMatch(/^Competency 3 has the id 'a{40}…'; ids must/);
    expect(problemOf(fileWithCompetency(2, { ...third, description: 'd'.repeat(2_001) }))).toBe(
      'Competency 3 has a description longer than 2,000 characters.',
    );
    expect(problemOf(fileWithCompetency(2, { ...third, behaviours: 'Mentors' }))).toBe(
      'Competency 3 has behaviours that are not a list of text.',
    );
    expect(problemOf(fileWithCompetency(2, { ...third, behaviours: Array.from({ length: 31 }, () => 'b') }))).toBe(
      'Competency 3 has more than 30 behaviours.',
    );
    expect(problemOf(fileWithCompetency(2, { ...third, behaviours: ['ok', 'b'.repeat(501)] }))).toBe(
      'Competency 3 has a behaviour longer than 500 characters.',
    );
    expect(problemOf(fileWithCompetency(2, { ...third, prompts: [1] }))).toBe('Competency 3 has a prompt that is not text.');
    expect(problemOf(fileWithCompetency(2, { ...third, prompts: ['p'.repeat(501)] }))).toBe(
      'Competency 3 has a prompt longer than 500 characters.',
    );
    expect(problemOf(fileWith({ name: 'X', competencies: [null] }))).toBe(
      'Competency 1 is not written as an object with an id and a name.',
    );
  });

  it('refuses competencies that share an id or a name', () => {
    expect(problemOf(fileWithCompetency(3, { ...third }))).toBe("Two competencies share the id 'mentoring'.");
    expect(problemOf(fileWithCompetency(3, { ...third, id: 'coaching', name: ' MENTORING and growing others ' }))).toBe(
      'Two competencies share the name “MENTORING and growing others”.',
    );
  });
});

describe('a competency’s expected scope in the framework file', () => {
  it('is optional: a file without it reads as before, and one with it round-trips', () => {
    const parsed = parseFrameworkFile(fileWith({ name: 'X', competencies: [{ id: 'a', name: 'A' }] }), now);
    expect(parsed.isValid && parsed.framework.competencies[0]).not.toHaveProperty('expectedScope');

    const expectedScope = { staff: { from: 'team', to: 'department' }, principal: { from: 'department', to: 'department' } } as const;
    const framework = { ...defaultFramework, competencies: defaultFramework.competencies.map((item) => ({ ...item, expectedScope })) };
    expect(parseFrameworkFile(serializeFramework(framework), now)).toEqual({ isValid: true, framework });
  });

  it('names the competency and what is wrong with its expected scope', () => {
    const withScope = (expectedScope: unknown) => problemOf(fileWithCompetency(2, { ...third, expectedScope }));
    expect(withScope({ lead: { from: 'team', to: 'company' } })).toBe(
      "Competency 3 has an expected scope for 'lead', which is not a role; roles are senior, staff and principal.",
    );
    expect(withScope('staff')).toBe(
      'Competency 3 has an expected scope that is not written as an object of roles; roles are senior, staff and principal.',
    );
    expect(withScope({ staff: 'company' })).toBe(
      "Competency 3 has an expected scope at Staff that is not written as an object with a 'from' and a 'to'.",
    );
    expect(withScope({ staff: { from: 'galaxy', to: 'company' } })).toBe(
      "Competency 3 has an expected scope at Staff from 'galaxy', which is not a scope; scopes are self, team, department, company and industry.",
    );
    expect(withScope({ principal: { from: 'company' } })).toBe("Competency 3 has an expected scope at Principal with no 'to'.");
    expect(withScope({ senior: { from: 'company', to: 'team' } })).toBe(
      "Competency 3 has an expected scope at Senior from Company to Team; 'from' must not be wider than 'to'.",
    );
  });
});
