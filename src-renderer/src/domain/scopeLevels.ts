import type { ScopeLevelId } from './types';

export interface ScopeLevel {
  id: ScopeLevelId;
  label: string;
  /** Who the work reaches at this level. */
  meaning: string;
}

/** The five scope levels, narrowest first. Their order is the order of growth. */
export const scopeLevels: readonly ScopeLevel[] = [
  { id: 'self', label: 'Self', meaning: 'Your own tasks and your own code.' },
  { id: 'team', label: 'Team', meaning: 'Problems of your immediate team.' },
  { id: 'department', label: 'Department', meaning: 'Several teams: an organisation or department.' },
  { id: 'company', label: 'Company', meaning: 'The whole company, its strategy and its business.' },
  { id: 'industry', label: 'Industry', meaning: 'Beyond the company: the community, open source, the field.' },
];

export const scopeLevelIds: readonly ScopeLevelId[] = scopeLevels.map((level) => level.id);

const labelById = new Map(scopeLevels.map((level) => [level.id, level.label]));

export function scopeLabel(id: ScopeLevelId): string {
  return labelById.get(id) ?? id;
}

/** 0 for Self up to 4 for Industry. */
export function scopeRank(id: ScopeLevelId): number {
  return scopeLevelIds.indexOf(id);
}

export function isScopeLevelId(value: unknown): value is ScopeLevelId {
  return typeof value === 'string' && (scopeLevelIds as readonly string[]).includes(value);
}
