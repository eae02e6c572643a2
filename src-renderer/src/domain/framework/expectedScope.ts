/**
 * The scope each role is expected to reach with a competency. A competency may state its own
 * range per role; where it does not, the scope ladder's defaults apply: Senior reaches from Team to
 * Department, Staff from Department to Company, Principal from Company to Industry.
 */
import { scopeLabel, scopeRank } from '../scopeLevels';
import type { Competency, RoleLevel, ScopeRange } from '../types';

/** The role levels, most junior first, with the names the app shows. */
export const roleLevels: readonly { id: RoleLevel; label: string }[] = [
  { id: 'senior', label: 'Senior' },
  { id: 'staff', label: 'Staff' },
  { id: 'principal', label: 'Principal' },
];

export const roleLevelIds: readonly RoleLevel[] = roleLevels.map((level) => level.id);

/** The scope ladder: what each role is expected to reach when a competency says nothing else. */
export const defaultExpectedScope: Readonly<Record<RoleLevel, ScopeRange>> = {
  senior: { from: 'team', to: 'department' },
  staff: { from: 'department', to: 'company' },
  principal: { from: 'company', to: 'industry' },
};

export function isRoleLevel(value: unknown): value is RoleLevel {
  return typeof value === 'string' && (roleLevelIds as readonly string[]).includes(value);
}

/** "Senior", "Staff" or "Principal". */
export function roleLevelLabel(level: RoleLevel): string {
  return roleLevels.find((item) => item.id === level)?.label ?? level;
}

/** The range `competency` expects at `level`: its own where it states one, else the ladder's. */
export function expectedScopeFor(competency: Competency, level: RoleLevel): ScopeRange {
  return competency.expectedScope?.[level] ?? defaultExpectedScope[level];
}

/** Whether `range` runs from narrower to wider (or stays on one level), as a range must. */
export function isOrderedRange(range: ScopeRange): boolean {
  return scopeRank(range.from) <= scopeRank(range.to);
}

/** "Department to Company", or "Company" when the range is one level. */
export function describeScopeRange(range: ScopeRange): string {
  return range.from === range.to ? scopeLabel(range.from) : `${scopeLabel(range.from)} to ${scopeLabel(range.to)}`;
}

/**
 * The role level a target role names, or null when it names none: "Staff Engineer" is Staff,
 * "Senior Software Engineer" (or "Sr. Engineer") Senior. Whole words, any case; when a title names
 * two ("Senior Staff Engineer"), the more senior wins.
 */
export function roleLevelOf(targetRole: string): RoleLevel | null {
  if (/\bprincipal\b/i.test(targetRole)) return 'principal';
  if (/\bstaff\b/i.test(targetRole)) return 'staff';
  if (/\b(?:senior|sr)\b/i.test(targetRole)) return 'senior';
  return null;
}
