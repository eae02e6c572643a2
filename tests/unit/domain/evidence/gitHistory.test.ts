// @vitest-environment node
import { execFileSync } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { gitLogArguments, gitLogCommand, gitLogRecordMarker } from '../../../../src-main/shared/gitLogCommand';
import { gitDrafts } from '../../../../src-renderer/src/domain/evidence/gitDrafts';
import { GitLogFormatError, parseGitLog, type GitCommit } from '../../../../src-renderer/src/domain/evidence/gitLog';
import { ada, exampleHistory, hostileSubject, TestRepository, type ExampleHistory } from './gitTestRepository';

let repository: TestRepository;
let history: ExampleHistory;
/** What the Inbox's command printed for the example history since 1 January 2025. */
let output: string;

beforeAll(() => {
  repository = new TestRepository();
  history = exampleHistory(repository);
  output = repository.git(gitLogArguments({ since: '2025-01-01' }));
});

afterAll(() => {
  repository.remove();
});

function byHash(commits: readonly GitCommit[]): Map<string, GitCommit> {
  return new Map(commits.map((commit) => [commit.hash, commit]));
}

function short(hash: string): string {
  return hash.slice(0, 7);
}

describe('the command on a real repository', () => {
  it('reads every commit of the period with what git says of it', () => {
    const commits = byHash(parseGitLog(output));
    const { ancient, ...inPeriod } = history;
    expect([...commits.keys()].sort()).toEqual(Object.values(inPeriod).sort());
    expect(commits.has(ancient)).toBe(false);

    // The old address is mapped by .mailmap to the one the user works with.
    expect(commits.get(history.model)).toEqual({
      hash: history.model,
      parents: [ancient],
      authorName: ada.name,
      authorEmail: ada.email,
      authorDate: '2025-03-03T09:00:00+01:00',
      day: '2025-03-03',
      subject: 'Add the journal model',
      body: '',
      coAuthors: [],
      files: [{ path: 'src/model.ts', added: 10, deleted: 0 }],
    });
    const hostile = commits.get(history.hostile);
    expect(hostile?.subject).toBe(hostileSubject);
    expect(hostile?.body).toBe('Paths with spaces and accents.');
    expect(hostile?.files).toEqual([
      { path: 'src/my file.ts', added: 3, deleted: 0 },
      { path: 'src/naïve-配置.ts', added: 2, deleted: 0 },
    ]);
  });

  it('keeps the author’s own day, binary files, merges, trailers and renames', () => {
    const commits = byHash(parseGitLog(output));
    const docs = commits.get(history.docs);
    // 22:30 in UTC−8 is already 5 March in UTC; the day is the author's.
    expect(docs?.authorDate).toBe('2025-03-04T22:30:00-08:00');
    expect(docs?.day).toBe('2025-03-04');
    expect(docs?.files).toContainEqual({ path: 'docs/diagram.bin', added: null, deleted: null });

    const merge = commits.get(history.merge);
    expect(merge?.parents).toEqual([history.typoFix, history.featureByGrace]);
    expect(merge?.subject).toBe('Merge pull request #7 from me/feature');
    expect(merge?.body).toBe('Export entries as CSV');
    expect(merge?.files).toEqual([]);

    expect(commits.get(history.featureByGrace)?.coAuthors).toEqual([
      { name: 'Ada Lovelace', email: 'ada@work.example' },
      { name: 'dependabot[bot]', email: '49699333+dependabot[bot]@users.noreply.github.com' },
    ]);
    expect(commits.get(history.revert)?.subject).toBe('Revert "Add export (#9)"');
    expect(commits.get(history.revert)?.files).toEqual([{ path: 'src/export/index.ts', added: 0, deleted: 8 }]);
    expect(commits.get(history.rename)?.files).toEqual([{ path: 'src/journalModel.ts', added: 1, deleted: 0 }]);
    expect(commits.get(history.bot)?.authorName).toBe('dependabot[bot]');
  });

  it('starts the period at midnight, not at the time of day the command runs', () => {
    // The bot's commit is at 00:01 (the repository's environment is in UTC).
    const fromFifth = byHash(parseGitLog(repository.git(gitLogArguments({ since: '2025-03-05' }))));
    expect(fromFifth.has(history.bot)).toBe(true);
    expect(fromFifth.has(history.hostile)).toBe(false);
    const fromSixth = byHash(parseGitLog(repository.git(gitLogArguments({ since: '2025-03-06' }))));
    expect(fromSixth.has(history.bot)).toBe(false);
    expect(repository.git(gitLogArguments({ since: '2026-01-01' }))).toBe('');
  });

  it('prints the same bytes when the one-line command is pasted into a shell', () => {
    const pasted = execFileSync('bash', ['-c', gitLogCommand({ since: '2025-01-01' })], {
      cwd: repository.root,
      encoding: 'utf8',
      env: repository.environment,
    });
    expect(pasted).toBe(output);
  });
});

describe('drafts from a real repository', () => {
  function drafts(known: ReadonlySet<string> = new Set()) {
    let count = 0;
    return gitDrafts(parseGitLog(output), {
      repository: 'Scope Journal',
      emails: [' ADA@work.example '],
      known,
      createdAt: '2026-11-18T10:00:00.000Z',
      newId: () => `draft-${(count += 1)}`,
    });
  }

  it('makes one draft per pull request and per day of the user’s other commits, newest first', () => {
    const made = drafts();
    expect(made.map(({ occurredOn, title, kind }) => ({ occurredOn, title, kind }))).toEqual([
      { occurredOn: '2025-03-13', title: 'Rename the model', kind: 'win' },
      { occurredOn: '2025-03-11', title: 'Revert "Add export (#9)"', kind: 'incident' },
      { occurredOn: '2025-03-10', title: 'PR #9: Add export', kind: 'win' },
      { occurredOn: '2025-03-08', title: 'PR #7: Export entries as CSV', kind: 'win' },
      { occurredOn: '2025-03-04', title: 'Document the export format', kind: 'writing' },
      { occurredOn: '2025-03-03', title: '2 commits in Scope Journal: Add the journal model', kind: 'win' },
    ]);
    for (const draft of made) {
      expect(draft).toMatchObject({ source: 'git', origin: 'Scope Journal', scope: 'team', tags: ['scope-journal'], links: [] });
      expect(draft.createdAt).toBe('2026-11-18T10:00:00.000Z');
    }
    expect(new Set(made.map((draft) => draft.id)).size).toBe(made.length);
    // Neither the bot's commit nor Grace's own work is anyone's draft.
    const covered = made.flatMap((draft) => draft.itemKeys);
    for (const hash of [history.bot, history.typoFix, history.refactor]) expect(covered).not.toContain(`git:${hash}`);
  });

  it('gives a merged pull request its branch, its merge, its co-authors and a summary of its files', () => {
    const pullRequest = drafts().find((draft) => draft.title === 'PR #7: Export entries as CSV');
    expect(pullRequest?.itemKeys.sort()).toEqual(
      [history.featureByAda, history.featureByGrace, history.merge].map((hash) => `git:${hash}`).sort(),
    );
    // Ada is Grace's co-author, and the bot is nobody.
    expect(pullRequest?.people).toEqual(['Grace Hopper']);
    expect(pullRequest?.body).toBe(
      [
        `- Add the CSV writer (\`${short(history.featureByAda)}\`)`,
        `- Test the CSV writer (\`${short(history.featureByGrace)}\`, Grace Hopper)`,
        '',
        '2 files, +42 \u22120 lines. Top folders: src, tests.',
      ].join('\n'),
    );
    const squash = drafts().find((draft) => draft.title === 'PR #9: Add export');
    expect(squash).toMatchObject({ people: ['Alan Turing'], itemKeys: [`git:${history.squash}`] });
  });

  it('escapes commit text in bodies and counts a day’s files once each', () => {
    const day = drafts().find((draft) => draft.occurredOn === '2025-03-03');
    expect(day?.itemKeys).toEqual([`git:${history.model}`, `git:${history.hostile}`]);
    expect(day?.body).toBe(
      [
        `- Add the journal model (\`${short(history.model)}\`)`,
        `- Name files \\[with\\](https://evil.example) \\<b\\>care\\</b\\> and %x00 separators (\`${short(history.hostile)}\`)`,
        '',
        '3 files, +15 \u22120 lines. Top folders: src.',
      ].join('\n'),
    );
    const docs = drafts().find((draft) => draft.kind === 'writing');
    expect(docs?.body).toBe(`- Document the export format (\`${short(history.docs)}\`)\n\n3 files, +22 \u22120 lines. Top folders: docs.`);
  });

  it('offers nothing again on a rescan, and only the rest when some commits are known', () => {
    const first = drafts();
    expect(drafts(new Set(first.flatMap((draft) => draft.itemKeys)))).toEqual([]);
    const rest = drafts(new Set([`git:${history.model}`, `git:${history.featureByAda}`, `git:${history.featureByGrace}`]));
    // Tabs and control characters are spaces in a title.
    expect(rest.find((draft) => draft.occurredOn === '2025-03-03')?.title).toBe(
      'Name files [with](https://evil.example) <b>care</b> and %x00 separators',
    );
    // Every commit of pull request #7's branch is known: its merge alone is nothing to offer.
    expect(rest.some((draft) => draft.title.startsWith('PR #7'))).toBe(false);
  });
});

describe('a cut or foreign file from a real repository', () => {
  it('refuses a file cut anywhere, or reads the whole commits before a cut between files', () => {
    const whole = parseGitLog(output);
    for (let length = 1; length < output.length; length += 1) {
      const cut = output.slice(0, length);
      let commits: GitCommit[];
      try {
        commits = parseGitLog(cut);
      } catch (error) {
        expect(error).toBeInstanceOf(GitLogFormatError);
        expect((error as GitLogFormatError).problem).toBe(length <= gitLogRecordMarker.length ? 'not-git-log' : 'truncated');
        continue;
      }
      // Only a cut right after a NUL can be read, and then every commit but the last is whole.
      expect(cut.endsWith('\0')).toBe(true);
      expect(commits.slice(0, -1)).toEqual(whole.slice(0, commits.length - 1));
      const last = commits.at(-1);
      expect(whole[commits.length - 1]).toMatchObject({ ...last, files: expect.arrayContaining(last?.files ?? []) as unknown });
    }
  });

  it('refuses plain git log output, saying to use the Inbox’s command', () => {
    expect(() => parseGitLog(repository.git(['log']))).toThrow(/not the output of the git command shown in the Inbox/);
    expect(() => parseGitLog(repository.git(['log', '--numstat', '-z']))).toThrow(/not the output of the git command shown in the Inbox/);
  });
});
