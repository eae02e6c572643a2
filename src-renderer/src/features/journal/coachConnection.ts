import { Coach, type CoachDraft, type CoachRanking } from '../../domain/coach/coach';
import type { CoachExample } from '../../domain/coach/coachText';
import type { Entry, Framework } from '../../domain/types';

/** One step of keeping the coach in step with the journal. */
type Lesson = { learn: CoachExample } | { forget: string };

/** Schedules work for when the page is idle; the work gets how many milliseconds it may take. */
export type IdleScheduler = (work: (timeLeft: () => number) => void) => void;

/** The page's idle time: `requestIdleCallback` where there is one, else a timer and a 10 ms slice. */
export const whenIdle: IdleScheduler = (work) => {
  if (typeof requestIdleCallback === 'function')
    requestIdleCallback((deadline) => work(() => deadline.timeRemaining()), { timeout: 1_000 });
  else {
    setTimeout(() => {
      const end = performance.now() + 10;
      work(() => end - performance.now());
    }, 0);
  }
};

/** The coach as it stands: a new object each time it has learned something, for React to compare. */
export interface CoachState {
  /** How many of the journal's entries it has learned so far. */
  exampleCount: number;
  /**
   * Ranks a draft against what has been learned so far, suggesting from `framework` (its text
   * replaces the previous framework's when it changes).
   */
  rank(framework: Framework, draft: CoachDraft): CoachRanking;
}

/** Learning stops for this slice when less time than this is left: one entry takes well under it. */
const minimumSliceMs = 2;
/**
 * Entries learned in every slice whatever the time left (about 2 ms' worth): an idle period that
 * timed out, or a fake clock's, reports no time left, and learning must still move on.
 */
const minimumPerSlice = 25;

function exampleOf(entry: Entry): CoachExample {
  return {
    id: entry.id,
    title: entry.title,
    body: entry.body,
    impact: entry.impact,
    tags: entry.tags,
    kind: entry.kind,
    scope: entry.scope,
    competencies: entry.competencies,
  };
}

/**
 * The coach for the page, kept in step with the journal and the active framework.
 *
 * Learning runs in the page's idle time, a few milliseconds at a time, so it never holds up typing:
 * a 50,000-entry journal is learned in a few seconds of otherwise idle time after the first editor
 * opens (never at app start). The entries come from the journal model, which follows the change
 * feed, so an entry tagged in this window or another is learned as soon as it is saved.
 *
 * Ranking is synchronous, on the page's thread: it takes well under a millisecond against a
 * trained model, so the suggestions for a keystroke are drawn in that keystroke's own frame. (A
 * worker was measured first: its answer, however quick, arrived as a task of its own and reached
 * the screen a frame later, about 20 ms after the keystroke; see docs/coach.md.)
 */
export class CoachConnection {
  private coach: Coach | null = null;
  private framework: Framework | null = null;
  /** Each entry as last taken in, by id: an entry whose object changed was saved again. */
  private seen = new Map<string, Entry>();
  private lessons: Lesson[] = [];
  private nextLesson = 0;
  private pendingEntries: readonly Entry[] | null = null;
  private isScheduled = false;
  private state: CoachState = this.stateNow();
  private readonly listeners = new Set<() => void>();

  constructor(private readonly schedule: IdleScheduler = whenIdle) {}

  private get model(): Coach {
    this.coach ??= new Coach();
    return this.coach;
  }

  /**
   * Brings the coach up to date with the journal's entries (not in the trash): what is new or
   * changed is learned, what is gone is forgotten, in idle time.
   */
  followEntries(entries: readonly Entry[]): void {
    this.pendingEntries = entries;
    this.later();
  }

  private later(): void {
    if (this.isScheduled) return;
    this.isScheduled = true;
    this.schedule((timeLeft) => this.work(timeLeft));
  }

  private work(timeLeft: () => number): void {
    this.isScheduled = false;
    const entries = this.pendingEntries;
    if (entries) {
      this.pendingEntries = null;
      this.plan(entries);
    }
    const coach = this.model;
    let learned = 0;
    while (this.nextLesson < this.lessons.length && (learned < minimumPerSlice || timeLeft() > minimumSliceMs)) {
      const lesson = this.lessons[this.nextLesson];
      this.nextLesson += 1;
      if (!lesson) continue;
      if ('learn' in lesson) coach.learn(lesson.learn);
      else coach.forget(lesson.forget);
      learned += 1;
    }
    if (this.nextLesson < this.lessons.length) this.later();
    else {
      this.lessons = [];
      this.nextLesson = 0;
    }
    if (learned > 0) this.changed();
  }

  /** Compares the journal with what was taken in last, and queues the difference. */
  private plan(entries: readonly Entry[]): void {
    const current = new Map<string, Entry>();
    for (const entry of entries) {
      current.set(entry.id, entry);
      if (this.seen.get(entry.id) !== entry) this.lessons.push({ learn: exampleOf(entry) });
    }
    for (const id of this.seen.keys()) if (!current.has(id)) this.lessons.push({ forget: id });
    this.seen = current;
  }

  private stateNow(): CoachState {
    return {
      exampleCount: this.coach?.exampleCount ?? 0,
      rank: (framework, draft) => {
        if (framework !== this.framework) {
          this.framework = framework;
          this.model.setFramework(framework);
        }
        return this.model.rank(draft);
      },
    };
  }

  /** For `useSyncExternalStore`: the coach's state, a new object each time it has learned something. */
  readonly getState = (): CoachState => this.state;

  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  private changed(): void {
    this.state = this.stateNow();
    for (const listener of [...this.listeners]) listener();
  }
}
