import { describe, expect, it } from 'vitest';
import { defaultGitSince, gitLogArguments, gitLogCommand } from '../../../../src-main/shared/gitLogCommand';

describe('defaultGitSince', () => {
  it('is the same calendar day a year earlier', () => {
    expect(defaultGitSince('2026-11-18')).toBe('2025-11-18');
    expect(defaultGitSince('2026-01-01')).toBe('2025-01-01');
    expect(defaultGitSince('2025-12-31')).toBe('2024-12-31');
  });

  it('makes 29 February the 28th of the year before', () => {
    expect(defaultGitSince('2024-02-29')).toBe('2023-02-28');
    expect(defaultGitSince('2025-02-28')).toBe('2024-02-28');
  });

  it('refuses what is not a calendar date', () => {
    expect(() => defaultGitSince('2025-02-29')).toThrow(/calendar date written YYYY-MM-DD/);
    expect(() => defaultGitSince('18/11/2026')).toThrow(/calendar date/);
  });
});

describe('gitLogArguments and gitLogCommand', () => {
  it('start the period at midnight and read the current branch', () => {
    const args = gitLogArguments({ since: '2025-03-01' });
    expect(args[0]).toBe('log');
    expect(args).toContain('--since=2025-03-01T00:00:00');
    expect(args.slice(-2)).toEqual(['HEAD', '--']);
    expect(args).toEqual(expect.arrayContaining(['-z', '--numstat', '--use-mailmap', '--no-color', '--no-decorate']));
  });

  it('refuse a start that is not a date, so nothing else can reach the command', () => {
    expect(() => gitLogArguments({ since: "2025-03-01' --output=/tmp/x '" })).toThrow(/calendar date written YYYY-MM-DD/);
    expect(() => gitLogCommand({ since: '' })).toThrow(/calendar date/);
  });

  it('quote only the words a shell would read differently', () => {
    expect(gitLogCommand({ since: '2025-03-01' })).toBe(
      'git log --no-color --no-decorate --use-mailmap --no-show-signature --no-notes --encoding=UTF-8 --numstat --find-renames' +
        ' --no-ext-diff --no-textconv --no-relative --root -z' +
        " '--format=tformat:%x1escope-journal-git-log-1%x00%H%x00%P%x00%aI%x00%aE%x00%aN%x00%(trailers:key=Co-authored-by,valueonly,unfold,separator=%x1f)%x00%s%x00%b'" +
        ' --since=2025-03-01T00:00:00 HEAD --',
    );
  });
});
