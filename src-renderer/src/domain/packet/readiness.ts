/**
 * Readiness: how the evidence a packet presents compares with the role it aims at, one verdict per
 * competency of the framework. The rule, in words:
 *
 * - **missing**: the packet selects no entry for the competency;
 * - **strong**: it selects at least 3 entries for it (`strongEntryCount`), the widest scope among
 *   them reaches at least the start of the range the role expects (`expectedScopeFor`), and one of
 *   them is feedback from others (an entry of the kind `feedback`);
 * - **thin**: anything in between; its `shortfalls` say which of the three it lacks.
 *
 * Only entries the packet selects count, and only those within its period and outside the trash.
 */
import { describeScopeRange, expectedScopeFor, roleLevelLabel } from '../framework/expectedScope';
import { scopeLabel, scopeLevelIds, scopeRank } from '../scopeLevels';
import type { Competency, Entry, Framework, Packet, RoleLevel, ScopeLevelId, ScopeRange } from '../types';
import { isInPeriod } from './packet';

/** How many selected entries a competency needs, at least, to be strong. */
export const strongEntryCount = 3;

export type ReadinessVerdict = 'strong' | 'thin' | 'missing';

/** One criterion of "strong": enough entries, a wide enough scope, feedback from others. */
export type ReadinessCriterion = 'entries' | 'scope' | 'feedback';

/** The order criteria are checked and described in. */
export const readinessCriteria: readonly ReadinessCriterion[] = ['entries', 'scope', 'feedback'];

/** One competency's readiness, with the figures its verdict was reached from. */
export interface CompetencyReadiness {
  competency: Competency;
  verdict: ReadinessVerdict;
  /** Selected entries in the period that cite it. */
  entryCount: number;
  /** The widest scope among them; null when there are none. */
  widestScope: ScopeLevelId | null;
  /** The scope the compared role expects for it. */
  expected: ScopeRange;
  /** Whether one of them is feedback from others. */
  hasFeedback: boolean;
  /** The criteria of "strong" it does not meet, in `readinessCriteria` order; empty when strong. */
  shortfalls: ReadinessCriterion[];
  /** Entries in the period that cite it but the packet does not select: evidence that could be added. */
  unselectedCount: number;
}

/** What the packet's evidence is: its selection and its period. */
export type PacketEvidence = Pick<Packet, 'entryIds' | 'periodStart' | 'periodEnd'>;

interface Tally {
  entryCount: number;
  widestRank: number;
  hasFeedback: boolean;
  unselectedCount: number;
}

/** Selected and unselected entries of the period, counted per competency id. */
function tallyByCompetency(packet: PacketEvidence, entries: readonly Entry[]): Map<string, Tally> {
  const selected = new Set(packet.entryIds);
  const tallies = new Map<string, Tally>();
  for (const entry of entries) {
    if (!isInPeriod(entry, packet.periodStart, packet.periodEnd)) continue;
    const isSelected = selected.has(entry.id);
    for (const id of new Set(entry.competencies)) {
      const tally = tallies.get(id) ?? { entryCount: 0, widestRank: -1, hasFeedback: false, unselectedCount: 0 };
      if (isSelected) {
        tally.entryCount += 1;
        tally.widestRank = Math.max(tally.widestRank, scopeRank(entry.scope));
        tally.hasFeedback ||= entry.kind === 'feedback';
      } else {
        tally.unselectedCount += 1;
      }
      tallies.set(id, tally);
    }
  }
  return tallies;
}

/** The criteria of "strong" that `tally` misses against `expected`. */
function shortfallsOf(tally: Tally, expected: ScopeRange): ReadinessCriterion[] {
  const isMet: Record<ReadinessCriterion, boolean> = {
    entries: tally.entryCount >= strongEntryCount,
    scope: tally.widestRank >= scopeRank(expected.from),
    feedback: tally.hasFeedback,
  };
  return readinessCriteria.filter((criterion) => !isMet[criterion]);
}

/**
 * Every competency of `framework`, in its order, judged against the role `level` by the rule at
 * the top of this module. `entries` may be the whole journal: only the packet's selection within
 * its period counts toward a verdict, and the rest of the period is counted as `unselectedCount`.
 */
export function assessReadiness(
  packet: PacketEvidence,
  entries: readonly Entry[],
  framework: Framework,
  level: RoleLevel,
): CompetencyReadiness[] {
  const tallies = tallyByCompetency(packet, entries);
  return framework.competencies.map((competency) => {
    const tally = tallies.get(competency.id) ?? { entryCount: 0, widestRank: -1, hasFeedback: false, unselectedCount: 0 };
    const expected = expectedScopeFor(competency, level);
    const shortfalls = shortfallsOf(tally, expected);
    const verdict: ReadinessVerdict = tally.entryCount === 0 ? 'missing' : shortfalls.length === 0 ? 'strong' : 'thin';
    return {
      competency,
      verdict,
      entryCount: tally.entryCount,
      widestScope: scopeLevelIds[tally.widestRank] ?? null,
      expected,
      hasFeedback: tally.hasFeedback,
      shortfalls,
      unselectedCount: tally.unselectedCount,
    };
  });
}

/** One figure of the rule, in words, and whether it meets its criterion. */
export interface ReadinessFigure {
  criterion: ReadinessCriterion;
  text: string;
  isMet: boolean;
}

function entryCountText(count: number): string {
  if (count === 0) return `no entries (${strongEntryCount} needed)`;
  const counted = `${count} ${count === 1 ? 'entry' : 'entries'}`;
  return count >= strongEntryCount ? counted : `${counted} (${strongEntryCount} needed)`;
}

/**
 * The rule's three figures for one competency, in words: "2 entries (3 needed)", "widest scope
 * Team, Staff expects Department to Company", "no feedback from others". Shown joined by " · ".
 */
export function describeReadiness(readiness: CompetencyReadiness, level: RoleLevel): ReadinessFigure[] {
  const expects = `${roleLevelLabel(level)} expects ${describeScopeRange(readiness.expected)}`;
  const isShort = (criterion: ReadinessCriterion) => readiness.shortfalls.includes(criterion);
  return [
    { criterion: 'entries', text: entryCountText(readiness.entryCount), isMet: !isShort('entries') },
    {
      criterion: 'scope',
      text: readiness.widestScope === null ? expects : `widest scope ${scopeLabel(readiness.widestScope)}, ${expects}`,
      isMet: !isShort('scope'),
    },
    {
      criterion: 'feedback',
      text: readiness.hasFeedback ? 'feedback from others' : 'no feedback from others',
      isMet: !isShort('feedback'),
    },
  ];
}
