import { isScopeLevelId } from '../scopeLevels';
import type { Competency, Entry, Framework, RoleLevel, ScopeRange } from '../types';
import { defaultExpectedScope, isOrderedRange, roleLevelLabel } from './expectedScope';

/**
 * Limits on a framework. The editor and the framework file share them, so whatever a user builds
 * in the app can be exported and imported again.
 */
export const frameworkLimits = {
  competencies: 100,
  id: 60,
  name: 80,
  description: 2_000,
  listItems: 30,
  listItem: 500,
} as const;

/** Competency and framework ids: lowercase words of letters and digits joined by hyphens. */
export const kebabCaseIdPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

type CompetencyChanges = Partial<Pick<Competency, 'description' | 'behaviours' | 'prompts'>>;

/** The position of a competency, or an error the user can read if it has gone. */
function indexOfCompetency(framework: Framework, id: string): number {
  const index = framework.competencies.findIndex((competency) => competency.id === id);
  if (index === -1) throw new Error('This competency is no longer in the framework.');
  return index;
}

/** A trimmed name that is neither empty, too long, nor another competency's name (ignoring case). */
function checkedName(framework: Framework, name: string, exceptId: string | null): string {
  const trimmed = name.trim();
  if (trimmed === '') throw new Error('A competency needs a name.');
  if (trimmed.length > frameworkLimits.name) {
    throw new Error(`A competency name can be at most ${frameworkLimits.name} characters long.`);
  }
  const key = trimmed.toLowerCase();
  const clash = framework.competencies.find((competency) => competency.id !== exceptId && competency.name.trim().toLowerCase() === key);
  if (clash) throw new Error(`There is already a competency called “${clash.name}”.`);
  return trimmed;
}

function checkedDescription(description: string): string {
  const trimmed = description.trim();
  if (trimmed.length > frameworkLimits.description) {
    throw new Error(`A description can be at most ${frameworkLimits.description.toLocaleString('en-US')} characters long.`);
  }
  return trimmed;
}

/** Trimmed items with blank ones dropped, within the limits; `label` is "behaviours" or "prompts". */
function checkedList(items: readonly string[], label: string): string[] {
  const cleaned = items.map((item) => item.trim()).filter((item) => item !== '');
  if (cleaned.length > frameworkLimits.listItems) {
    throw new Error(`A competency can have at most ${frameworkLimits.listItems} ${label}.`);
  }
  if (cleaned.some((item) => item.length > frameworkLimits.listItem)) {
    throw new Error(`Each of the ${label} can be at most ${frameworkLimits.listItem} characters long.`);
  }
  return cleaned;
}

/**
 * A kebab-case id made from a name: `product-sense` for "Product sense". Accents are dropped;
 * a name with no Latin letters or digits gives `fallback`. The result is not cut to length.
 */
export function kebabCaseId(name: string, fallback: string): string {
  const slug = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return slug === '' ? fallback : slug;
}

/** A kebab-case id from `name` that no competency of `framework` has yet: `-2`, `-3`… on a clash. */
function uniqueCompetencyId(framework: Framework, name: string): string {
  const taken = new Set(framework.competencies.map((competency) => competency.id));
  const base = kebabCaseId(name, 'competency');
  for (let attempt = 1; ; attempt += 1) {
    const suffix = attempt === 1 ? '' : `-${attempt}`;
    // Cut the base so that base and suffix together stay within the id limit.
    const stem = base.slice(0, frameworkLimits.id - suffix.length).replace(/-+$/, '');
    const candidate = `${stem}${suffix}`;
    if (!taken.has(candidate)) return candidate;
  }
}

function withCompetencies(framework: Framework, competencies: Competency[]): Framework {
  return { ...framework, competencies };
}

/**
 * Renames a competency. Its id stays the same, so entries that cite it keep their link.
 * Throws an Error with a user-facing message if the name is empty, too long, or already used.
 * Changes are meant to be applied when an edit is committed: the name is trimmed.
 */
export function renameCompetency(framework: Framework, id: string, name: string): Framework {
  const index = indexOfCompetency(framework, id);
  const checked = checkedName(framework, name, id);
  return withCompetencies(
    framework,
    framework.competencies.map((competency, position) => (position === index ? { ...competency, name: checked } : competency)),
  );
}

/**
 * Adds a competency at the end, with no behaviours or prompts yet. Its id is made from the name
 * in kebab case (`product-sense`), with `-2`, `-3`… when that id is taken. Re-adding a removed
 * competency under its old name therefore gets its old id back, and its retired evidence with it.
 */
export function addCompetency(framework: Framework, name: string, description = ''): Framework {
  if (framework.competencies.length >= frameworkLimits.competencies) {
    throw new Error(`A framework can have at most ${frameworkLimits.competencies} competencies.`);
  }
  const checked = checkedName(framework, name, null);
  const competency: Competency = {
    id: uniqueCompetencyId(framework, checked),
    name: checked,
    description: checkedDescription(description),
    behaviours: [],
    prompts: [],
  };
  return withCompetencies(framework, [...framework.competencies, competency]);
}

/**
 * Removes a competency. Entries that cite it keep their evidence, which `retiredCompetencyIds`
 * then reports. A framework keeps at least one competency.
 */
export function removeCompetency(framework: Framework, id: string): Framework {
  indexOfCompetency(framework, id);
  if (framework.competencies.length === 1) throw new Error('A framework needs at least one competency.');
  return withCompetencies(
    framework,
    framework.competencies.filter((competency) => competency.id !== id),
  );
}

/** Moves a competency so that it ends up at `toIndex`, clamped to the list. */
export function moveCompetency(framework: Framework, id: string, toIndex: number): Framework {
  const from = indexOfCompetency(framework, id);
  const lastIndex = framework.competencies.length - 1;
  const to = Number.isNaN(toIndex) ? from : Math.min(Math.max(Math.trunc(toIndex), 0), lastIndex);
  const competencies = framework.competencies.filter((_, position) => position !== from);
  competencies.splice(to, 0, ...framework.competencies.slice(from, from + 1));
  return withCompetencies(framework, competencies);
}

/**
 * Changes a competency's description, behaviours or prompts. Text is trimmed and blank list items
 * are dropped, so apply it when an edit is committed rather than on every keystroke. Throws an
 * Error with a user-facing message if a limit is passed.
 */
export function updateCompetency(framework: Framework, id: string, changes: CompetencyChanges): Framework {
  const index = indexOfCompetency(framework, id);
  const cleaned: CompetencyChanges = {};
  if (changes.description !== undefined) cleaned.description = checkedDescription(changes.description);
  if (changes.behaviours !== undefined) cleaned.behaviours = checkedList(changes.behaviours, 'behaviours');
  if (changes.prompts !== undefined) cleaned.prompts = checkedList(changes.prompts, 'prompts');
  return withCompetencies(
    framework,
    framework.competencies.map((competency, position) => (position === index ? { ...competency, ...cleaned } : competency)),
  );
}

/**
 * Sets the scope `level` expects for a competency; null (or the scope ladder's own range) puts
 * back the default, and a competency left with no range of its own has no `expectedScope` at all.
 * Throws an Error with a user-facing message if a scope is unknown or `from` is wider than `to`.
 */
export function setExpectedScope(framework: Framework, id: string, level: RoleLevel, range: ScopeRange | null): Framework {
  const index = indexOfCompetency(framework, id);
  if (range !== null) {
    if (!isScopeLevelId(range.from) || !isScopeLevelId(range.to)) throw new Error('Choose an expected scope from the scope levels.');
    if (!isOrderedRange(range)) {
      throw new Error(
        `The expected scope at ${roleLevelLabel(level)} cannot start wider than it ends: choose a “from” no wider than “to”.`,
      );
    }
  }
  const ladder = defaultExpectedScope[level];
  const own = range === null || (range.from === ladder.from && range.to === ladder.to) ? null : { from: range.from, to: range.to };
  return withCompetencies(
    framework,
    framework.competencies.map((competency, position) => {
      if (position !== index) return competency;
      const { expectedScope: current, ...rest } = competency;
      const { [level]: _replaced, ...others } = current ?? {};
      const expectedScope = own === null ? others : { ...others, [level]: own };
      return Object.keys(expectedScope).length === 0 ? rest : { ...rest, expectedScope };
    }),
  );
}

/**
 * Competency ids that entries outside the trash still cite but the framework no longer has,
 * sorted. Their evidence is kept and shown as retired rather than lost.
 */
export function retiredCompetencyIds(framework: Framework, entries: readonly Entry[]): string[] {
  const current = new Set(framework.competencies.map((competency) => competency.id));
  const retired = new Set<string>();
  for (const entry of entries) {
    if (entry.deletedAt !== null) continue;
    for (const id of entry.competencies) {
      if (!current.has(id)) retired.add(id);
    }
  }
  return [...retired].sort();
}

/**
 * The display name of a competency in `framework`, or the id itself when the framework no longer
 * has it (an entry may outlive a competency the user deleted).
 */
export function competencyName(framework: Framework, id: string): string {
  return framework.competencies.find((competency) => competency.id === id)?.name ?? id;
}
