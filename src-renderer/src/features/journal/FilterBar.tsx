import { Field } from '../../components/Field';
import { SelectField } from '../../components/SelectField';
import { entryKinds } from '../../domain/entries/entryKinds';
import { hasActiveFilters, type TagCount } from '../../domain/entries/search';
import { scopeLevels } from '../../domain/scopeLevels';
import type { EntryKind, Framework, ScopeLevelId } from '../../domain/types';
import { useUiStore } from '../../store/uiStore';
import { periodPresets, periodRange, presetOfRange, type PeriodPreset } from './periodPresets';

interface FilterBarProps {
  /** The journal's tags and how often each is used (kept by the journal model). */
  tags: readonly TagCount[];
  framework: Framework;
}

/** One value or none: the select's empty option means "any". */
function single<T extends string>(value: string): T[] {
  return value ? [value as T] : [];
}

/** Facet filters of the journal. Each combines with the search text and with the others. */
export function FilterBar({ tags, framework }: FilterBarProps) {
  const filters = useUiStore((state) => state.filters);
  const setFilters = useUiStore((state) => state.setFilters);
  const clearFilters = useUiStore((state) => state.clearFilters);
  const preset = presetOfRange(filters.from, filters.to);

  function choosePreset(value: PeriodPreset) {
    if (value === 'custom') return;
    setFilters(periodRange(value));
  }

  return (
    <div className="filter-bar" role="group" aria-label="Filters">
      <SelectField
        label="Filter by kind"
        className="filter-field"
        value={filters.kinds[0] ?? ''}
        onChange={(value) => setFilters({ kinds: single<EntryKind>(value) })}
      >
        <option value="">All kinds</option>
        {entryKinds.map((kind) => (
          <option key={kind.id} value={kind.id}>
            {kind.label}
          </option>
        ))}
      </SelectField>
      <SelectField
        label="Filter by scope"
        className="filter-field"
        value={filters.scopes[0] ?? ''}
        onChange={(value) => setFilters({ scopes: single<ScopeLevelId>(value) })}
      >
        <option value="">All scopes</option>
        {scopeLevels.map((level) => (
          <option key={level.id} value={level.id}>
            {level.label}
          </option>
        ))}
      </SelectField>
      <SelectField
        label="Filter by competency"
        className="filter-field"
        value={filters.competencies[0] ?? ''}
        onChange={(value) => setFilters({ competencies: single(value) })}
      >
        <option value="">All competencies</option>
        {framework.competencies.map((competency) => (
          <option key={competency.id} value={competency.id}>
            {competency.name}
          </option>
        ))}
      </SelectField>
      <SelectField
        label="Filter by tag"
        className="filter-field"
        value={filters.tags[0] ?? ''}
        onChange={(value) => setFilters({ tags: single(value) })}
      >
        <option value="">All tags</option>
        {tags.map(({ tag, count }) => (
          <option key={tag} value={tag}>
            {tag} ({count})
          </option>
        ))}
      </SelectField>
      <SelectField
        label="Filter by period"
        className="filter-field"
        value={preset}
        onChange={(value) => choosePreset(value as PeriodPreset)}
      >
        {periodPresets.map((option) => (
          <option key={option.id} value={option.id} disabled={option.id === 'custom' && preset !== 'custom'}>
            {option.label}
          </option>
        ))}
      </SelectField>
      <Field label="From" className="filter-field">
        {(id) => (
          <input id={id} type="date" value={filters.from ?? ''} onChange={(event) => setFilters({ from: event.target.value || null })} />
        )}
      </Field>
      <Field label="To" className="filter-field">
        {(id) => (
          <input id={id} type="date" value={filters.to ?? ''} onChange={(event) => setFilters({ to: event.target.value || null })} />
        )}
      </Field>
      <label className="checkbox-label">
        <input type="checkbox" checked={filters.starredOnly} onChange={(event) => setFilters({ starredOnly: event.target.checked })} />
        <span>Starred only</span>
      </label>
      <button type="button" className="link-button" onClick={clearFilters} disabled={!hasActiveFilters(filters)}>
        Clear filters
      </button>
    </div>
  );
}
