import { describe, expect, it } from 'vitest';
import { describeFailure, inPlainWords } from '../../../src-renderer/src/domain/failureMessage';

/** Dexie wraps the engine's error: its own error of the same name, or an AbortError, with `inner`. */
function dexieError(name: string, inner?: unknown): Error {
  return Object.assign(new Error(`${name} `), { name, inner });
}

describe('describeFailure', () => {
  it('says a full disk in plain words, however the engine wraps it', () => {
    const quota = new DOMException('', 'QuotaExceededError');
    const expected = 'Your disk is full: free some space and try again. Nothing was changed.';
    expect(describeFailure(quota)).toBe(expected);
    expect(describeFailure(dexieError('QuotaExceededError', quota))).toBe(expected);
    expect(describeFailure(dexieError('AbortError', quota))).toBe(expected);
    expect(
      describeFailure(new Error('Nothing was restored: the journal refused the data', { cause: dexieError('AbortError', quota) })),
    ).toBe(expected);
    expect(describeFailure(Object.assign(new Error('3 of 9 operations failed'), { name: 'BulkError', failures: [quota] }))).toBe(expected);
  });

  it('names what happened and what to do for each engine error', () => {
    expect(describeFailure(new DOMException('', 'NotReadableError'))).toMatch(/^The file could not be read: .* Check it and try again\./);
    expect(describeFailure(new DOMException('gone', 'NotFoundError'))).toMatch(/could not be found/);
    expect(describeFailure(new DOMException('x', 'DataCloneError'))).toMatch(/could not be stored as it is/);
    expect(describeFailure(new RangeError('Invalid string length'))).toMatch(/too large or too complex .* Try a smaller file/);
    expect(describeFailure(new DOMException('', 'AbortError'))).toBe(
      'The work was stopped before it finished. Try again. Nothing was changed.',
    );
  });

  it('ends with what stayed as it was', () => {
    expect(describeFailure(new DOMException('', 'QuotaExceededError'), 'Your draft is kept.')).toBe(
      'Your disk is full: free some space and try again. Your draft is kept.',
    );
  });

  it('passes our own sentences through, and names an unknown engine error without its raw text', () => {
    expect(describeFailure(new Error('This safety snapshot no longer exists.'))).toBe('This safety snapshot no longer exists.');
    expect(describeFailure(new DOMException('Internal error opening backing store', 'UnknownError'))).toBe(
      'Something went wrong while the journal stored or read your data (UnknownError). Try again, and restart Scope Journal if it happens again. Nothing was changed.',
    );
    expect(describeFailure(new Error(''))).toBe('Something went wrong. Try again. Nothing was changed.');
    expect(describeFailure('plain text')).toBe('plain text');
  });

  it('keeps the original error as the cause of its plain-words twin', () => {
    const quota = new DOMException('', 'QuotaExceededError');
    const error = inPlainWords(quota);
    expect(error.message).toBe('Your disk is full: free some space and try again. Nothing was changed.');
    expect(error.cause).toBe(quota);
  });
});
