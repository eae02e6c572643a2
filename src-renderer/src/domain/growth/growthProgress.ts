import type { Entry, Framework, Goal } from '../types';

/** How much evidence a growth plan's target competency has gathered. */
export interface CompetencyProgress {
  competencyId: string;
  /** The competency's name in the framework; absent when the framework no longer has it. */
  name?: string;
  evidenceCount: number;
  /** The latest `occurredOn` among that evidence, or null when there is none. */
  lastEvidenceOn: string | null;
}

/**
 * Evidence for each of the goal's target competencies, in the goal's order: entries outside the
 * trash that cite the competency and happened on or after `sinceDate` (`YYYY-MM-DD`). Pass the
 * framework to have names filled in.
 */
export function growthProgress(goal: Goal, entries: readonly Entry[], sinceDate: string, framework?: Framework): CompetencyProgress[] {
  const targetIds = [...new Set(goal.competencyIds)];
  const progressById = new Map<string, { evidenceCount: number; lastEvidenceOn: string | null }>(
    targetIds.map((id) => [id, { evidenceCount: 0, lastEvidenceOn: null }]),
  );
  for (const entry of entries) {
    if (entry.deletedAt !== null || entry.occurredOn < sinceDate) continue;
    // An entry citing the same competency twice is still one piece of evidence.
    for (const id of new Set(entry.competencies)) {
      const progress = progressById.get(id);
      if (!progress) continue;
      progress.evidenceCount += 1;
      if (progress.lastEvidenceOn === null || entry.occurredOn > progress.lastEvidenceOn) {
        progress.lastEvidenceOn = entry.occurredOn;
      }
    }
  }
  return targetIds.map((competencyId) => {
    const progress = progressById.get(competencyId) ?? { evidenceCount: 0, lastEvidenceOn: null };
    const name = framework?.competencies.find((competency) => competency.id === competencyId)?.name;
    return name === undefined ? { competencyId, ...progress } : { competencyId, name, ...progress };
  });
}
