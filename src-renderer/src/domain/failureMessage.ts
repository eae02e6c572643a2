/*
 * The browser's storage and file engines fail with terse names ("QuotaExceededError", often with
 * an empty message, and wrapped by Dexie or by our own repositories). A user needs to know what
 * happened and what to do, so every screen that reports a failed write or read goes through here.
 */

/** What the user is told for each engine failure, before the sentence on what stayed as it was. */
const wordsByName: Record<string, string> = {
  QuotaExceededError: 'Your disk is full: free some space and try again.',
  NotReadableError:
    'The file could not be read: it may have been moved, be open in another program or be on a disconnected drive. Check it and try again.',
  NotFoundError: 'The file or the stored data could not be found: it may have been moved or deleted. Check it and try again.',
  DataCloneError: 'Part of the data could not be stored as it is: it holds something the journal cannot keep.',
  RangeError:
    'The file is too large or too complex for Scope Journal to handle in memory. Try a smaller file, or close other programs and try again.',
  AbortError: 'The work was stopped before it finished. Try again.',
};

/** When several wrapped errors have words, the most telling wins: a full disk aborts a transaction too. */
const precedence = ['QuotaExceededError', 'NotReadableError', 'NotFoundError', 'DataCloneError', 'RangeError', 'AbortError'];

/** The names an engine (IndexedDB, Dexie, the DOM) gives failures that our own sentences never carry. */
function isEngineError(error: Error): boolean {
  return error.name !== 'Error' || error.message.trim() === '';
}

/** The error and whatever it wraps: Dexie's `inner`, a standard `cause`, a bulk write's first failure. */
function wrappedChain(error: unknown): unknown[] {
  const chain: unknown[] = [];
  let current: unknown = error;
  while (current !== undefined && current !== null && chain.length < 8 && !chain.includes(current)) {
    chain.push(current);
    if (typeof current !== 'object') break;
    const holder = current as { inner?: unknown; cause?: unknown; failures?: unknown };
    const firstFailure = Array.isArray(holder.failures) ? (holder.failures as unknown[])[0] : undefined;
    current = holder.inner ?? holder.cause ?? firstFailure;
  }
  return chain;
}

function nameOf(error: unknown): string | null {
  if (error instanceof Error) return error.name;
  if (typeof error === 'object' && error !== null && typeof (error as { name?: unknown }).name === 'string') {
    return (error as { name: string }).name;
  }
  return null;
}

/**
 * A failure in the user's words: what happened, what to do, then `unchanged` (what stayed as it
 * was, e.g. "Nothing was changed." or "Your draft is kept."). Our own errors are already
 * sentences and are passed through as they are; engine errors, however wrapped, are translated.
 */
export function describeFailure(error: unknown, unchanged = 'Nothing was changed.'): string {
  const chain = wrappedChain(error);
  const names = chain.map(nameOf);
  const known = precedence.find((name) => names.includes(name));
  if (known !== undefined) return `${wordsByName[known]} ${unchanged}`;
  if (error instanceof Error && !isEngineError(error)) return error.message;
  const engineName = names.find((name) => name !== null && name !== 'Error');
  if (engineName !== undefined && engineName !== null) {
    return `Something went wrong while the journal stored or read your data (${engineName}). Try again, and restart Scope Journal if it happens again. ${unchanged}`;
  }
  const text = error instanceof Error ? error.message : String(error);
  return text.trim() === '' ? `Something went wrong. Try again. ${unchanged}` : text;
}

/** `error` as an Error whose message is `describeFailure`'s, keeping the original as its cause. */
export function inPlainWords(error: unknown, unchanged = 'Nothing was changed.'): Error {
  return new Error(describeFailure(error, unchanged), { cause: error });
}
