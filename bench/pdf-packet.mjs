// @ts-check
/**
 * The saved packet the PDF export prints: a year of the generated journal's newest entries, with
 * narratives, a summary and the appendix, as a user's packet would have.
 */
import { competencyIds } from './vocabulary.mjs';

/** Narratives for a few competencies, Markdown like a user's. */
const narrativeText = (/** @type {number} */ i) =>
  `Over the period I took on work that reached beyond my team (${i + 1}).\n\n` +
  '- Led the design review for the **payments service** migration and wrote the decision record.\n' +
  '- Paired with two engineers on the rollout plan; both now run incident reviews on their own.\n' +
  '- Cut p95 latency of the checkout API by 38% and kept the error budget intact for two quarters.\n\n' +
  'What I would do differently: involve the data team earlier, before the schema was settled.';

/**
 * The first of the twelve months up to `lastDay`: the packet covers a year.
 * @param {string} lastDay YYYY-MM-DD
 */
export function yearBefore(lastDay) {
  const [y, m, d] = lastDay.split('-').map(Number);
  const start = new Date(Date.UTC(Number(y) - 1, Number(m) - 1, Number(d) + 1));
  return start.toISOString().slice(0, 10);
}

/**
 * The packet, as the app stores it in `packets`.
 * @param {{ packetId: string, entries: number, entryIds: string[], periodStart: string, periodEnd: string,
 *   pageSize: 'A4' | 'Letter' }} args  `entries` is the size asked for; `entryIds` the entries found
 */
export function benchPacket({ packetId, entries, entryIds, periodStart, periodEnd, pageSize }) {
  const now = new Date().toISOString();
  const narratives = Object.fromEntries(competencyIds.slice(0, 4).map((id, i) => [id, narrativeText(i)]));
  return {
    id: packetId,
    title: `Promotion packet (${entries} entries)`,
    authorName: 'Alex Rivera',
    currentRole: 'Senior Engineer',
    targetRole: 'Staff Engineer',
    periodStart,
    periodEnd,
    entryIds,
    narratives,
    summary:
      'A year of widening scope: from owning one service to steering **cross-team** decisions.\n\n- Payments migration\n- Mentoring programme\n- Incident process',
    options: { redactPeople: false, includeAppendix: true, includeReviews: true, pageSize },
    createdAt: now,
    updatedAt: now,
  };
}
