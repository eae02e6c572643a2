import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

/** Someone who commits: a name and an address, as git takes them from the environment. */
export interface Person {
  name: string;
  email: string;
}

export const ada: Person = { name: 'Ada Lovelace', email: 'ada@work.example' };
/** Ada's old address, which the repository's .mailmap maps to `ada`. */
export const adaAtHome: Person = { name: 'ada', email: 'ada@home.example' };
export const grace: Person = { name: 'Grace Hopper', email: 'grace@work.example' };
export const dependabot: Person = { name: 'dependabot[bot]', email: '49699333+dependabot[bot]@users.noreply.github.com' };

/**
 * A real git repository in a temporary folder, driven with argument arrays (never a shell). The
 * environment is built from nothing but PATH, with HOME in the folder and the system configuration
 * off, so no configuration of the machine running the tests can change git's output.
 */
export class TestRepository {
  readonly directory = mkdtempSync(join(tmpdir(), 'scope-git-'));
  readonly environment: NodeJS.ProcessEnv = {
    PATH: process.env.PATH,
    HOME: this.directory,
    XDG_CONFIG_HOME: this.directory,
    GIT_CONFIG_NOSYSTEM: '1',
    TZ: 'UTC',
    LC_ALL: 'C',
  };
  readonly root = join(this.directory, 'repository');

  constructor() {
    mkdirSync(this.root);
    this.git(['init', '--quiet', '--initial-branch=main']);
  }

  /** Runs git in the repository and returns what it printed. */
  git(args: readonly string[], author: Person = ada, date = '2025-01-01T00:00:00+00:00'): string {
    return execFileSync('git', args, {
      cwd: this.root,
      encoding: 'utf8',
      env: {
        ...this.environment,
        GIT_AUTHOR_NAME: author.name,
        GIT_AUTHOR_EMAIL: author.email,
        GIT_AUTHOR_DATE: date,
        GIT_COMMITTER_NAME: author.name,
        GIT_COMMITTER_EMAIL: author.email,
        GIT_COMMITTER_DATE: date,
      },
    });
  }

  /** Writes `files` (path → text), stages them and commits them with `message`. */
  commit(message: string, files: Record<string, string>, author: Person, date: string): string {
    for (const [path, text] of Object.entries(files)) {
      mkdirSync(dirname(join(this.root, path)), { recursive: true });
      writeFileSync(join(this.root, path), text);
    }
    this.git(['add', '--all']);
    this.git(['commit', '--quiet', '--cleanup=verbatim', '--message', message], author, date);
    return this.head();
  }

  head(): string {
    return this.git(['rev-parse', 'HEAD']).trim();
  }

  remove(): void {
    rmSync(this.directory, { recursive: true, force: true });
  }
}

/** `count` numbered lines, to make a file of a known size. */
export function lines(count: number, word = 'line'): string {
  return Array.from({ length: count }, (_, index) => `${word} ${index + 1}\n`).join('');
}

/** The commits of `exampleHistory`, by name. */
export interface ExampleHistory {
  /** 2024, before the period the tests read; it adds the .mailmap. */
  ancient: string;
  /** 3 March 2025, from Ada's old address: 10 lines. */
  model: string;
  /** 3 March 2025: a hostile subject; files with a space and non-ASCII letters in their names. */
  hostile: string;
  /** 4 March 2025 in UTC−8 (5 March in UTC): documentation only, a binary file among it. */
  docs: string;
  /** 5 March 2025, one minute past midnight UTC: dependabot. */
  bot: string;
  /** The branch of pull request #7: Ada's commit, then Grace's. */
  featureByAda: string;
  featureByGrace: string;
  /** Grace on main while the branch was open. */
  typoFix: string;
  /** 8 March 2025: "Merge pull request #7 from me/feature", merged by Grace. */
  merge: string;
  /** 10 March 2025: "Add export (#9)", squashed, with a co-author. */
  squash: string;
  /** 11 March 2025: git revert of the squash. */
  revert: string;
  /** 12 March 2025: Grace alone. */
  refactor: string;
  /** 13 March 2025: src/model.ts renamed to src/journalModel.ts with a line added. */
  rename: string;
}

export const hostileSubject = 'Name files [with](https://evil.example) <b>care</b>\tand \u001e\u001f%x00 separators';

/** A small history with every case the Inbox groups: see `ExampleHistory`. */
export function exampleHistory(repository: TestRepository): ExampleHistory {
  const ancient = repository.commit(
    'Start the project',
    { 'README.md': '# Scope\n', '.mailmap': `${ada.name} <${ada.email}> <${adaAtHome.email}>\n` },
    adaAtHome,
    '2024-06-01T10:00:00+00:00',
  );
  const model = repository.commit('Add the journal model', { 'src/model.ts': lines(10) }, adaAtHome, '2025-03-03T09:00:00+01:00');
  const hostile = repository.commit(
    `${hostileSubject}\n\nPaths with spaces and accents.`,
    { 'src/my file.ts': lines(3), 'src/naïve-配置.ts': lines(2) },
    ada,
    '2025-03-03T17:30:00+01:00',
  );
  const docs = repository.commit(
    'Document the export format',
    { 'docs/export.md': lines(20), 'docs/diagram.bin': 'a\0b', 'CHANGELOG.md': lines(2) },
    ada,
    '2025-03-04T22:30:00-08:00',
  );
  const bot = repository.commit('Bump vitest from 3.0.0 to 3.0.1', { 'package.json': '{}\n' }, dependabot, '2025-03-05T00:01:00+00:00');
  repository.git(['checkout', '--quiet', '-b', 'feature']);
  const featureByAda = repository.commit(
    `Add the CSV writer\n\nCo-authored-by: ${grace.name} <${grace.email}>\n`,
    { 'src/export/csv.ts': lines(30) },
    ada,
    '2025-03-06T11:00:00+02:00',
  );
  const featureByGrace = repository.commit(
    `Test the CSV writer\n\nCo-authored-by: ${ada.name} <${ada.email}>\nCo-authored-by: ${dependabot.name} <${dependabot.email}>\n`,
    { 'tests/csv.test.ts': lines(12) },
    grace,
    '2025-03-07T11:00:00+02:00',
  );
  repository.git(['checkout', '--quiet', 'main']);
  const typoFix = repository.commit('Fix a typo in the header', { 'src/header.ts': lines(1) }, grace, '2025-03-07T12:00:00+00:00');
  repository.git(
    ['merge', '--quiet', '--no-ff', '-m', 'Merge pull request #7 from me/feature', '-m', 'Export entries as CSV', 'feature'],
    grace,
    '2025-03-08T15:00:00+00:00',
  );
  const merge = repository.head();
  const squash = repository.commit(
    `Add export (#9)\n\n* Add export\n* Fix review comments\n\nCo-authored-by: Alan Turing <alan@work.example>\n`,
    { 'src/export/index.ts': lines(8) },
    ada,
    '2025-03-10T12:00:00+01:00',
  );
  repository.git(['revert', '--no-edit', 'HEAD'], ada, '2025-03-11T09:00:00+00:00');
  const revert = repository.head();
  const refactor = repository.commit('Refactor the header', { 'src/header.ts': lines(4) }, grace, '2025-03-12T10:00:00+00:00');
  repository.git(['mv', 'src/model.ts', 'src/journalModel.ts']);
  const rename = repository.commit('Rename the model', { 'src/journalModel.ts': lines(11) }, ada, '2025-03-13T10:00:00+00:00');
  return { ancient, model, hostile, docs, bot, featureByAda, featureByGrace, typoFix, merge, squash, revert, refactor, rename };
}
