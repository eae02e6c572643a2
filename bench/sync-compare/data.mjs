// @ts-check
/**
 * The journal and the edits the sync comparison (issue 17) replays on every design.
 *
 * The entries come from the benchmark's own generator (`bench/generate.mjs`) with a fixed seed and
 * a fixed last day, so every run, on every machine and every day, syncs the same 10,000 records:
 * complete `Entry` objects (src-renderer/src/domain/types.ts) with Markdown bodies of 300–800
 * characters. The edits are derived from the entries alone, so they are deterministic too.
 */

import { generateEntries } from '../generate.mjs';

/** @typedef {import('../generate.mjs').Entry} Entry */

export const journalSeed = 20_260_401;
/** Fixed, unlike the main benchmark, so that the dates (and so the bytes) never move between runs. */
export const journalLastDay = '2026-03-28';
export const journalSize = 10_000;

/**
 * The first `count` entries of the comparison journal.
 * @param {number} [count]
 * @returns {Entry[]}
 */
export function journal(count = journalSize) {
  return generateEntries(0, count, journalSeed, journalLastDay);
}

/** The instant every scripted edit claims, after every generated `updatedAt`. */
const editDay = Date.UTC(2026, 3, 2, 9, 0, 0);

/**
 * Ten edits for one device, each on a different entry, as the editor would save them: a new title,
 * a sentence added to the body's end, one more tag, and a new `updatedAt`. In a journal of 10,000,
 * device `A` edits the entries at positions 250, 1,250, … 9,250 and device `B` those at 750, 1,750,
 * … 9,750: the two sets never overlap and are spread over the journal (likewise at other sizes).
 * @param {Entry[]} entries
 * @param {'A' | 'B'} device
 * @returns {{ id: string, changes: Partial<Entry> }[]}
 */
export function incrementalEdits(entries, device) {
  const step = Math.floor(entries.length / 10);
  if (step < 2) throw new RangeError('the incremental edits need a journal of at least 20 entries');
  const offset = device === 'A' ? Math.floor(step / 4) : Math.floor((3 * step) / 4);
  /** @type {{ id: string, changes: Partial<Entry> }[]} */
  const edits = [];
  for (let n = 0; n < 10; n += 1) {
    const entry = entries[offset + n * step];
    edits.push({
      id: entry.id,
      changes: {
        title: `${entry.title} (revised on ${device})`,
        body: `${entry.body}\n\nFollow-up written on device ${device}: the numbers held for a second week.`,
        tags: [...entry.tags, `edited-${device.toLowerCase()}`],
        updatedAt: new Date(editDay + n * 60_000 + (device === 'A' ? 0 : 30_000)).toISOString(),
      },
    });
  }
  return edits;
}

/**
 * The concurrent edits of the conflict scenario: both devices change the same entry's title and
 * body before either has seen the other's change.
 *
 * - `separate`: A rewrites the first sentence's opening words, B appends a paragraph: edits to
 *   different places of the body.
 * - `same`: both replace the same words of the first sentence with different text.
 * @param {Entry} entry
 * @param {'separate' | 'same'} kind
 * @returns {{ A: Partial<Entry>, B: Partial<Entry> }}
 */
export function conflictEdits(entry, kind) {
  const body = entry.body;
  const cut = body.indexOf(' ', 20) > 0 ? body.indexOf(' ', 20) : Math.min(20, body.length);
  const head = body.slice(0, cut);
  const rest = body.slice(cut);
  const at = (/** @type {number} */ minutes) => new Date(editDay + minutes * 60_000).toISOString();
  if (kind === 'separate') {
    return {
      A: { title: 'Title written on A', body: `Rewritten on A:${rest}`, updatedAt: at(1) },
      B: { title: 'Title written on B', body: `${body}\n\nParagraph added on B.`, updatedAt: at(2) },
    };
  }
  return {
    A: { title: 'Title written on A', body: `${head} [A's wording]${rest.slice(rest.indexOf(' ', 1))}`, updatedAt: at(1) },
    B: { title: 'Title written on B', body: `${head} [B's wording]${rest.slice(rest.indexOf(' ', 1))}`, updatedAt: at(2) },
  };
}
