import { render } from '@testing-library/react';
import { createElement } from 'react';
import { beforeEach, describe, expect, it } from 'vitest';
import { MarkdownView } from '../../../../src-renderer/src/components/MarkdownView';
import { gitDrafts, type GitDraftOptions } from '../../../../src-renderer/src/domain/evidence/gitDrafts';
import type { GitCommit } from '../../../../src-renderer/src/domain/evidence/gitLog';

const ada = { authorName: 'Ada Lovelace', authorEmail: 'ada@work.example' };
const grace = { authorName: 'Grace Hopper', authorEmail: 'grace@work.example' };

let sequence = 0;

beforeEach(() => {
  sequence = 0;
});

/** A commit by Ada on 3 March 2025 changing one line of src/a.ts, unless told otherwise. */
function commit(overrides: Partial<GitCommit> = {}): GitCommit {
  sequence += 1;
  return {
    hash: sequence.toString(16).padStart(40, '0'),
    parents: [],
    ...ada,
    authorDate: '2025-03-03T09:00:00+00:00',
    day: '2025-03-03',
    subject: `Change ${sequence}`,
    body: '',
    coAuthors: [],
    files: [{ path: 'src/a.ts', added: 1, deleted: 0 }],
    ...overrides,
  };
}

/** A merge of `second` into `first`: the merge commit, newest first as git prints it. */
function merge(first: GitCommit, second: GitCommit, overrides: Partial<GitCommit>): GitCommit {
  return commit({ parents: [first.hash, second.hash], files: [], ...overrides });
}

function draftsOf(commits: readonly GitCommit[], options: Partial<GitDraftOptions> = {}) {
  let count = 0;
  return gitDrafts(commits, {
    repository: 'app',
    emails: ['ada@work.example'],
    known: new Set(),
    createdAt: '2026-11-18T10:00:00.000Z',
    newId: () => `draft-${(count += 1)}`,
    ...options,
  });
}

function keys(...commits: GitCommit[]): string[] {
  return commits.map((each) => `git:${each.hash}`);
}

describe('gitDrafts: whose work', () => {
  it('needs at least one address of the user, and a repository name', () => {
    expect(() => draftsOf([commit()], { emails: [] })).toThrow(/at least one email address/);
    expect(() => draftsOf([commit()], { emails: [' '] })).toThrow(/at least one email address/);
    expect(() => draftsOf([commit()], { repository: ' ' })).toThrow(/Name the repository/);
  });

  it('never drafts a bot’s commit, even under the user’s address', () => {
    const bots = ['dependabot[bot]', 'Renovate Bot', 'renovate', 'github-actions', 'GitHub Actions'].map((authorName) =>
      commit({ authorName }),
    );
    const byEmail = commit({ authorName: 'Ada Lovelace', authorEmail: '49699333+ci[bot]@users.noreply.github.com' });
    const mine = commit({ subject: 'My work' });
    const [draft, ...others] = draftsOf([mine, byEmail, ...bots], { emails: ['ada@work.example', byEmail.authorEmail] });
    expect(others).toEqual([]);
    expect(draft).toMatchObject({ title: 'My work', itemKeys: keys(mine) });
  });

  it('compares addresses without case or surrounding spaces, and leaves others’ commits out', () => {
    const mine = commit({ authorEmail: 'Ada@Work.Example' });
    expect(draftsOf([commit(grace), mine], { emails: ['  ADA@work.example '] }).map((draft) => draft.itemKeys)).toEqual([keys(mine)]);
  });
});

describe('gitDrafts: pull requests', () => {
  it('makes a GitLab merge request one draft with its title', () => {
    const base = commit(grace);
    const branch = commit({ parents: [base.hash], day: '2025-03-04' });
    const main = commit({ ...grace, parents: [base.hash], day: '2025-03-05' });
    const mergeCommit = merge(main, branch, {
      ...grace,
      day: '2025-03-06',
      subject: "Merge branch 'feature/login' into 'main'",
      body: 'Add the login page\n\nCloses #3\n\nSee merge request team/app!45',
    });
    expect(draftsOf([mergeCommit, main, branch, base])).toEqual([
      expect.objectContaining({ title: 'MR !45: Add the login page', occurredOn: '2025-03-06', itemKeys: keys(branch, mergeCommit) }),
    ]);
  });

  it('keeps a branch commit that mentions an issue with its pull request, and stacked pull requests apart', () => {
    const base = commit(grace);
    const lower = commit({ parents: [base.hash], subject: 'Fix crash (#45)' });
    const upper = commit({ parents: [base.hash] });
    const lowerMerge = merge(upper, lower, { subject: 'Merge pull request #8 from me/lower', body: 'Lower half' });
    const main = commit({ ...grace, parents: [base.hash] });
    const upperMerge = merge(main, lowerMerge, { ...grace, subject: 'Merge pull request #9 from me/upper', body: 'Upper half' });
    const drafts = draftsOf([upperMerge, main, lowerMerge, upper, lower, base]);
    expect(drafts.map(({ title, itemKeys }) => ({ title, itemKeys }))).toEqual([
      { title: 'PR #8: Lower half', itemKeys: keys(lower, lowerMerge) },
      { title: 'PR #9: Upper half', itemKeys: keys(upper, upperMerge) },
    ]);
  });

  it('gives the user no draft for a teammate’s pull request they merged, nor for merges that name none', () => {
    const base = commit(grace);
    const theirs = commit({ ...grace, parents: [base.hash] });
    const main = commit({ ...grace, parents: [base.hash] });
    const merged = merge(main, theirs, { subject: 'Merge pull request #3 from grace/feature', body: 'Grace’s feature' });
    const sync = merge(merged, base, { subject: "Merge branch 'main' into feature" });
    expect(draftsOf([sync, merged, main, theirs, base])).toEqual([]);
  });

  it('knows a pull request by its merge alone when its branch is older than the log', () => {
    const mergeCommit = commit({
      parents: ['e'.repeat(40), 'f'.repeat(40)],
      files: [],
      subject: 'Merge pull request #20 from me/old',
      body: '',
    });
    expect(draftsOf([mergeCommit])).toEqual([expect.objectContaining({ title: 'PR #20: old', itemKeys: keys(mergeCommit) })]);
  });

  it('suggests an incident for reverts and hotfixes, writing for documentation', () => {
    const base = commit(grace);
    const fix = commit({ parents: [base.hash] });
    const hotfixMerge = merge(base, fix, { subject: 'Merge pull request #12 from me/hotfix-login', body: 'Fix sign-in' });
    const squashedHotfix = commit({ subject: 'Hotfix: crash on an empty journal (#13)' });
    const revert = commit({ subject: 'Revert "Add export" (#14)' });
    const docs = commit({
      subject: 'Document everything (#15)',
      files: ['README.rst', 'doc/guide.png', 'packages/x/docs/a.ts', 'src/notes.MD', 'a.adoc', 'b.mdx', 'c.txt'].map((path) => ({
        path,
        added: 1,
        deleted: 0,
      })),
    });
    const mixed = commit({
      subject: 'Code and docs (#16)',
      files: [
        { path: 'README.md', added: 1, deleted: 0 },
        { path: 'src/a.ts', added: 1, deleted: 0 },
      ],
    });
    const hotfixes = commit({ subject: 'Prepare hotfixes (#17)' });
    const notHotfix = commit({ subject: 'Explain hotfixing (#18)' });
    const kinds = Object.fromEntries(
      draftsOf([hotfixMerge, fix, base, squashedHotfix, revert, docs, mixed, hotfixes, notHotfix]).map((draft) => [
        draft.title,
        draft.kind,
      ]),
    );
    expect(kinds).toEqual({
      'PR #12: Fix sign-in': 'incident',
      'PR #13: Hotfix: crash on an empty journal': 'incident',
      'PR #14: Revert "Add export"': 'incident',
      'PR #15: Document everything': 'writing',
      'PR #16: Code and docs': 'win',
      'PR #17: Prepare hotfixes': 'incident',
      'PR #18: Explain hotfixing': 'win',
    });
  });
});

describe('gitDrafts: rescans', () => {
  it('skips known commits, and offers nothing for a pull request whose commits are all known', () => {
    const base = commit(grace);
    const first = commit({ parents: [base.hash] });
    const second = commit({ parents: [first.hash] });
    const mergeCommit = merge(base, second, { subject: 'Merge pull request #7 from me/feature', body: 'Feature', day: '2025-03-05' });
    const squash = commit({ subject: 'Add export (#9)', day: '2025-03-04' });
    const dayOne = commit({ subject: 'Morning', day: '2025-03-02' });
    const dayTwo = commit({ subject: 'Evening', day: '2025-03-02' });
    // git prints the newer of two unrelated commits first.
    const commits = [mergeCommit, second, first, base, squash, dayTwo, dayOne];
    expect(draftsOf(commits).map((draft) => draft.title)).toEqual(['PR #7: Feature', 'PR #9: Add export', '2 commits in app: Morning']);

    const known = new Set(keys(first, second, squash, dayOne));
    const rest = draftsOf(commits, { known });
    expect(rest.map(({ title, itemKeys }) => ({ title, itemKeys }))).toEqual([{ title: 'Evening', itemKeys: keys(dayTwo) }]);
    expect(draftsOf(commits, { known: new Set([...known, ...keys(dayTwo)]) })).toEqual([]);
  });
});

describe('gitDrafts: what a draft says', () => {
  it('lists the commits, the files and lines changed and the three most changed folders', () => {
    const big = commit({
      subject: 'Big change',
      files: [
        { path: 'src/a.ts', added: 1000, deleted: 200 },
        { path: 'tests/a.test.ts', added: 40, deleted: 0 },
        { path: 'docs/a.md', added: 5, deleted: 5 },
        { path: 'scripts/run.sh', added: 1, deleted: 0 },
        { path: 'package.json', added: 3000, deleted: 0 },
        { path: 'logo.png', added: null, deleted: null },
      ],
    });
    const small = commit({ ...ada, subject: 'Small change', files: [{ path: 'src/a.ts', added: 1, deleted: 1 }], coAuthors: [] });
    const [draft] = draftsOf([small, big]);
    expect(draft?.title).toBe('2 commits in app: Big change');
    expect(draft?.body).toBe(
      [
        `- Big change (\`${big.hash.slice(0, 7)}\`)`,
        `- Small change (\`${small.hash.slice(0, 7)}\`)`,
        '',
        '6 files, +4,047 \u2212206 lines. Top folders: src, tests, docs.',
      ].join('\n'),
    );
  });

  it('names co-authors once each, never the user nor a bot, and lists at most twenty commits', () => {
    const commits = Array.from({ length: 25 }, (_, index) =>
      commit({
        files: [],
        coAuthors: [
          { name: 'Grace Hopper', email: 'grace@work.example' },
          { name: index === 0 ? 'grace hopper' : 'Alan Turing', email: '' },
          { name: 'Ada L.', email: 'ADA@work.example' },
          { name: 'renovate[bot]', email: 'bot@renovateapp.com' },
        ],
      }),
    );
    const [draft] = draftsOf(commits);
    expect(draft?.people).toEqual(['Grace Hopper', 'Alan Turing']);
    expect(draft?.itemKeys).toHaveLength(25);
    expect(draft?.body.split('\n').slice(-3)).toEqual(['- … and 5 more commits', '', 'No files changed.']);
  });

  it('keeps titles within the journal’s limit and on one line', () => {
    const [draft] = draftsOf([commit({ subject: `Line\u202e one\t${'x'.repeat(400)}` })]);
    expect(draft?.title).toMatch(/^Line one x+…$/);
    expect(draft?.title).toHaveLength(300);
  });

  it('sorts newest first, then by title', () => {
    const drafts = draftsOf([
      commit({ subject: 'B (#2)', day: '2025-03-03' }),
      commit({ subject: 'A (#1)', day: '2025-03-03' }),
      commit({ subject: 'C (#3)', day: '2025-03-05' }),
    ]);
    expect(drafts.map((draft) => draft.title)).toEqual(['PR #3: C', 'PR #1: A', 'PR #2: B']);
  });

  it('writes commit text that renders as text: no link, image or HTML', () => {
    const subject =
      '# 1. [click](https://evil.example) ![pixel](https://evil.example/p.png) <img src=x onerror=alert(1)> https://evil.example www.evil.example me@evil.example *bold* `code` | a | ~~gone~~';
    const [draft] = draftsOf([commit({ subject, files: [{ path: '[x](https:/evil)/a.ts', added: 1, deleted: 0 }] })]);
    const { container } = render(createElement(MarkdownView, { markdown: draft?.body ?? '' }));
    expect(container.querySelector('img, h1, ol, em, strong, del, table')).toBeNull();
    // Bare addresses are links, but each shows where it goes.
    const links = [...container.querySelectorAll('a')].map((link) => [link.textContent, link.getAttribute('href')]);
    expect(links).toEqual([
      ['https://evil.example', 'https://evil.example'],
      ['https://evil.example/p.png', 'https://evil.example/p.png'],
      ['https://evil.example', 'https://evil.example'],
      ['www.evil.example', 'http://www.evil.example'],
      ['me@evil.example', 'mailto:me@evil.example'],
    ]);
    expect([...container.querySelectorAll('code')].map((code) => code.textContent)).toEqual([draft?.itemKeys[0]?.slice(4, 11)]);
    expect(container.textContent).toContain(subject);
    expect(container.textContent).toContain('Top folders: [x](https:.');
  });

  it('ends on a made-up history with a cycle', () => {
    const first = commit({ hash: '1'.repeat(40), parents: ['2'.repeat(40)] });
    const second = commit({ hash: '2'.repeat(40), parents: ['1'.repeat(40)] });
    expect(draftsOf([first, second, first])[0]?.itemKeys).toEqual(keys(second, first));
  });
});
