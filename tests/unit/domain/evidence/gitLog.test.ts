import { describe, expect, it } from 'vitest';
import { gitLogRecordMarker, maximumGitLogCharacters, maximumGitLogCommits } from '../../../../src-main/shared/gitLogCommand';
import { GitLogFormatError, parseGitLog, type GitLogProblem } from '../../../../src-renderer/src/domain/evidence/gitLog';

const hash = 'a'.repeat(40);

/** One record as the Inbox's command prints it; `files` is what follows git's NUL. */
function record(fields: Partial<Record<'hash' | 'parents' | 'date' | 'trailers' | 'subject' | 'body', string>> = {}, files = ''): string {
  const {
    hash: commitHash = hash,
    parents = '',
    date = '2025-03-03T09:00:00+01:00',
    trailers = '',
    subject = 'Subject',
    body = '',
  } = fields;
  return `${[gitLogRecordMarker, commitHash, parents, date, 'ada@work.example', 'Ada Lovelace', trailers, subject, body].join('\0')}\0${files}`;
}

/** The problem `text` is refused for, with its message. */
function refusalOf(text: string): { problem: GitLogProblem; message: string } {
  try {
    parseGitLog(text);
  } catch (error) {
    if (error instanceof GitLogFormatError) return { problem: error.problem, message: error.message };
    throw error;
  }
  throw new Error('expected the text to be refused');
}

describe('parseGitLog', () => {
  it('reads no commits from empty output: a quiet period is no error', () => {
    expect(parseGitLog('')).toEqual([]);
    expect(parseGitLog('\n')).toEqual([]);
  });

  it('reads files, binary files, renames, co-authors and SHA-256 hashes', () => {
    const long = 'b'.repeat(64);
    const [commit] = parseGitLog(
      `\ufeff${record(
        {
          hash: long,
          parents: `${'c'.repeat(64)} ${'d'.repeat(64)}`,
          trailers: 'Grace Hopper <grace@work.example>\u001fAlan Turing\u001f ',
          body: 'Body.\n\n',
        },
        '\n3\t1\tsrc/a.ts\0-\t-\tlogo.png\0' + '2\t0\t\0old name.ts\0new name.ts\0',
      )}`,
    );
    expect(commit).toEqual({
      hash: long,
      parents: ['c'.repeat(64), 'd'.repeat(64)],
      authorName: 'Ada Lovelace',
      authorEmail: 'ada@work.example',
      authorDate: '2025-03-03T09:00:00+01:00',
      day: '2025-03-03',
      subject: 'Subject',
      body: 'Body.',
      coAuthors: [
        { name: 'Grace Hopper', email: 'grace@work.example' },
        { name: 'Alan Turing', email: '' },
      ],
      files: [
        { path: 'src/a.ts', added: 3, deleted: 1 },
        { path: 'logo.png', added: null, deleted: null },
        { path: 'new name.ts', added: 2, deleted: 0 },
      ],
    });
  });

  it('reads a path or a message that looks like the format as text', () => {
    const tricky = `${gitLogRecordMarker}\u001f\t1\t2\tx`;
    const commits = parseGitLog(
      record({ subject: tricky, body: `\n${tricky}` }, `\n1\t0\t\0${gitLogRecordMarker}\0${gitLogRecordMarker}\0`) + record(),
    );
    expect(commits).toHaveLength(2);
    expect(commits[0]).toMatchObject({ subject: tricky, body: `\n${tricky}`, files: [{ path: gitLogRecordMarker, added: 1, deleted: 0 }] });
  });

  it('refuses what is not the output of the Inbox’s command', () => {
    const plainLog = 'commit 0123456789abcdef0123456789abcdef01234567\nAuthor: Ada <ada@work.example>\n\n    Subject\n';
    for (const text of [plainLog, '{"commits": []}', 'a\0b\0c\0', record().slice(1)]) {
      expect(refusalOf(text)).toEqual({
        problem: 'not-git-log',
        message:
          'This file is not the output of the git command shown in the Inbox. Copy the command from the Inbox, run it in your repository with its output saved to a file, and choose that file.',
      });
    }
  });

  it('refuses output cut short', () => {
    const text = record({}, '\n1\t2\tsrc/a.ts\0') + record();
    expect(refusalOf(text.slice(0, -1)).problem).toBe('truncated');
    expect(refusalOf(record({}, '\n1\t2\t\0old.ts\0')).problem).toBe('truncated');
    expect(refusalOf(`${gitLogRecordMarker}\0${hash}\0`)).toMatchObject({
      problem: 'truncated',
      message: expect.stringMatching(/incomplete.*Run the command from the Inbox again/) as unknown,
    });
  });

  it('refuses a damaged record, naming the commit and what is wrong with it', () => {
    expect(refusalOf(record() + record({ hash: 'z'.repeat(40) }))).toEqual({
      problem: 'damaged',
      message:
        'This git history file is damaged: commit 2 has a hash that is not a git commit hash. Run the command from the Inbox again and choose the new file.',
    });
    expect(refusalOf(record({ hash: 'a'.repeat(41) })).problem).toBe('damaged');
    expect(refusalOf(record({ hash: 'A'.repeat(40) })).problem).toBe('damaged');
    expect(refusalOf(record({ parents: `${hash} nope` })).message).toMatch(/parent hash/);
    for (const date of ['2025-02-30T09:00:00+01:00', '2025-03-03 09:00:00 +0100', 'yesterday', '']) {
      expect(refusalOf(record({ date })).message).toMatch(/commit 1 has an author date/);
    }
    expect(refusalOf(record({}, '\nsrc/a.ts\0')).message).toMatch(/a changed file that git did not write/);
    expect(refusalOf(record({}, `\n${'9'.repeat(400)}\t1\tsrc/a.ts\0`)).message).toMatch(/a changed file that git did not write/);
  });

  it('refuses a file over 50 MB before reading it', () => {
    expect(refusalOf('x'.repeat(maximumGitLogCharacters + 1))).toEqual({
      problem: 'too-large',
      message:
        'This git history file is larger than 50 MB. In the Inbox, choose a later start date so the command covers less history, run it again and choose the new file.',
    });
    // At the limit, it is read (and this one is not git's output).
    expect(refusalOf('x'.repeat(maximumGitLogCharacters)).problem).toBe('not-git-log');
  });

  it('refuses more than 200,000 commits', () => {
    expect(refusalOf(record().repeat(maximumGitLogCommits + 1))).toMatchObject({
      problem: 'too-many-commits',
      message: expect.stringMatching(
        /^This git history has more than 200,000 commits\. In the Inbox, choose a later start date/,
      ) as unknown,
    });
  });
});
