import { SelectField } from '../../components/SelectField';
import { quarterLabel, type InsightsPeriod, type QuarterKey } from '../../domain/quarters';

type PeriodChoice = 'last-4' | 'last-8' | 'this-year' | 'last-year' | 'all' | 'custom';

function choiceOf(period: InsightsPeriod, year: number): PeriodChoice {
  if (period.kind === 'last-quarters') return period.count === 8 ? 'last-8' : 'last-4';
  if (period.kind === 'year') return period.year === year ? 'this-year' : 'last-year';
  return period.kind;
}

interface PeriodPickerProps {
  period: InsightsPeriod;
  onChange: (period: InsightsPeriod) => void;
  /** Every quarter a custom range may start or end at, ascending. */
  quarters: readonly QuarterKey[];
  year: number;
}

/** The span of quarters the charts show: last 4 or 8, a year, everything, or a custom range. */
export function PeriodPicker({ period, onChange, quarters, year }: PeriodPickerProps) {
  const first = quarters[0];
  const last = quarters[quarters.length - 1];
  function choose(choice: PeriodChoice) {
    const periods: Record<PeriodChoice, InsightsPeriod | null> = {
      'last-4': { kind: 'last-quarters', count: 4 },
      'last-8': { kind: 'last-quarters', count: 8 },
      'this-year': { kind: 'year', year },
      'last-year': { kind: 'year', year: year - 1 },
      all: { kind: 'all' },
      custom: first && last ? { kind: 'custom', from: first, to: last } : null,
    };
    const next = periods[choice];
    if (next) onChange(next);
  }
  return (
    <div className="period-picker">
      <SelectField
        label="Period"
        className="filter-field"
        value={choiceOf(period, year)}
        onChange={(value) => choose(value as PeriodChoice)}
      >
        <option value="last-4">Last 4 quarters</option>
        <option value="last-8">Last 8 quarters</option>
        <option value="this-year">This year ({year})</option>
        <option value="last-year">Last year ({year - 1})</option>
        <option value="all">Everything</option>
        <option value="custom">Custom range</option>
      </SelectField>
      {period.kind === 'custom' && (
        <>
          <SelectField
            label="From quarter"
            className="filter-field"
            value={period.from}
            onChange={(value) => onChange({ ...period, from: value as QuarterKey })}
          >
            {quarters.map((quarter) => (
              <option key={quarter} value={quarter}>
                {quarterLabel(quarter)}
              </option>
            ))}
          </SelectField>
          <SelectField
            label="To quarter"
            className="filter-field"
            value={period.to}
            onChange={(value) => onChange({ ...period, to: value as QuarterKey })}
          >
            {quarters.map((quarter) => (
              <option key={quarter} value={quarter}>
                {quarterLabel(quarter)}
              </option>
            ))}
          </SelectField>
        </>
      )}
    </div>
  );
}
