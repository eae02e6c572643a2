import { describe, expect, it } from 'vitest';
import { defaultFramework } from '../../../src-renderer/src/domain/framework/content/defaultFramework';
import type { Entry } from '../../../src-renderer/src/domain/types';
import { CoachConnection } from '../../../src-renderer/src/features/journal/coachConnection';
import { makeEntry } from '../entryFactory';

const draft = { title: 'Zanzibar', body: '', impact: '', tags: [], kind: 'win' as const };

/** A connection whose idle time is run by hand: each slice has time for `perSlice` entries beyond the 25 always learned. */
function connected(perSlice: number) {
  const slices: (() => void)[] = [];
  const connection = new CoachConnection((work) =>
    slices.push(() => {
      let left = perSlice;
      // Each check of the time left is one more entry's worth.
      work(() => (left-- > 0 ? 100 : 0));
    }),
  );
  const runAll = () => {
    while (slices.length > 0) slices.shift()?.();
  };
  return { connection, slices, runAll };
}

function zanzibar(index: number, competencies = ['business-context']): Entry {
  return makeEntry({ id: `e${index}`, title: `Zanzibar rollout ${index}`, body: '', impact: '', tags: [], competencies });
}

describe('CoachConnection', () => {
  it('learns the journal in idle slices, says when it has learned more, and ranks from what it knows so far', () => {
    const { connection, slices, runAll } = connected(5);
    let heard = 0;
    connection.subscribe(() => (heard += 1));
    expect(
      connection
        .getState()
        .rank(defaultFramework, draft)
        .competencies.map((ranked) => ranked.label),
    ).not.toContain('business-context');

    connection.followEntries(Array.from({ length: 70 }, (_, index) => zanzibar(index)));
    expect(connection.getState().exampleCount).toBe(0);
    slices.shift()?.();
    expect(connection.getState().exampleCount).toBe(30);
    expect(heard).toBe(1);
    runAll();
    expect(connection.getState().exampleCount).toBe(70);
    expect(heard).toBe(3);
    expect(connection.getState().rank(defaultFramework, draft).competencies[0]?.label).toBe('business-context');
  });

  it('moves on even when an idle period reports no time left', () => {
    const { connection, slices } = connected(0);
    connection.followEntries(Array.from({ length: 40 }, (_, index) => zanzibar(index)));
    slices.shift()?.();
    expect(connection.getState().exampleCount).toBe(25);
  });

  it('takes in only what changed: new and saved-again entries, and forgets the ones gone', () => {
    const { connection, runAll } = connected(100);
    const entries = Array.from({ length: 3 }, (_, index) => zanzibar(index));
    connection.followEntries(entries);
    runAll();
    const state = connection.getState();
    connection.followEntries([...entries]);
    runAll();
    expect(connection.getState()).toBe(state);

    connection.followEntries(entries.map((entry) => ({ ...entry, competencies: ['breadth'] })).slice(0, 2));
    runAll();
    expect(connection.getState().exampleCount).toBe(2);
    expect(connection.getState().rank(defaultFramework, draft).competencies[0]?.label).toBe('breadth');
  });
});
