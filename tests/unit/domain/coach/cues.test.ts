import { describe, expect, it } from 'vitest';
import { kindCues, scopeCue } from '../../../../src-renderer/src/domain/coach/cues';

describe('scopeCue', () => {
  it.each([
    ['Rolled the dashboards out across three teams', 'department', 'across three teams'],
    ['A cross-team working group', 'department', 'cross-team'],
    ['Company-wide policy for AI assistants', 'company', 'Company-wide'],
    ['Presented to the leadership team', 'company', 'leadership team'],
    ['Released it as open-source', 'industry', 'open-source'],
    ['Spoke at a conference in Berlin', 'industry', 'conference'],
  ])('reads “%s” as %s, citing “%s”', (text, label, phrase) => {
    expect(scopeCue(text)).toEqual({ label, phrase });
  });

  it('gives the widest level named', () => {
    expect(scopeCue('An open-source library now used company-wide')?.label).toBe('industry');
  });

  it('finds no cue in words every scope uses', () => {
    expect(scopeCue('The team shipped the fix and I reviewed it')).toBeNull();
    expect(scopeCue('three teams')).toBeNull();
  });
});

describe('kindCues', () => {
  it('names each kind the text names outright, with its phrase', () => {
    expect(kindCues('Mentored Aiko through her first incident')).toEqual([
      { label: 'incident', phrase: 'incident' },
      { label: 'mentoring', phrase: 'Mentored' },
    ]);
    expect(kindCues('Fixed a flaky test')).toEqual([]);
  });
});
