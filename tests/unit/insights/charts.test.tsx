import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ReactElement } from 'react';
import { describe, expect, it } from 'vitest';
import { FixedChartWidthContext } from '../../../src-renderer/src/components/ResponsiveChart';
import { defaultFramework } from '../../../src-renderer/src/domain/framework/content/defaultFramework';
import { activityByKind, competencyCoverage, scopeOverTime } from '../../../src-renderer/src/domain/insights/insights';
import { quartersBetween } from '../../../src-renderer/src/domain/quarters';
import { createSampleJournal } from '../../../src-renderer/src/domain/sample/sampleJournal';
import { scopeLevels } from '../../../src-renderer/src/domain/scopeLevels';
import { ActivityByKindChart } from '../../../src-renderer/src/features/insights/ActivityByKindChart';
import { CompetencyCoverageChart } from '../../../src-renderer/src/features/insights/CompetencyCoverageChart';
import { ScopeOverTimeChart } from '../../../src-renderer/src/features/insights/ScopeOverTimeChart';

/** jsdom lays nothing out, so charts draw at a fixed width, as on a printed page. */
function renderSized(chart: ReactElement) {
  return render(<FixedChartWidthContext.Provider value={800}>{chart}</FixedChartWidthContext.Provider>);
}

const entries = createSampleJournal('2026-11-21');
const quarters = quartersBetween('2025-Q1', '2026-Q4');

/** The table's body as numbers, row by row (header cells excluded). */
function tableNumbers(table: HTMLElement): number[][] {
  return within(table)
    .getAllByRole('row')
    .slice(1)
    .map((row) =>
      within(row)
        .queryAllByRole('cell')
        .map((cell) => (cell.textContent ?? '').trim())
        .filter((text) => text !== '' && !Number.isNaN(Number(text)))
        .map(Number),
    );
}

describe('charts', () => {
  it('Scope over time draws stacked bars, and its table shows the same numbers', async () => {
    const rows = scopeOverTime(entries, quarters);
    const { container } = renderSized(<ScopeOverTimeChart rows={rows} />);
    expect(screen.getByRole('figure', { name: 'Scope over time' }).querySelector('svg')).not.toBeNull();
    const drawnBars = container.querySelectorAll('.recharts-bar-rectangle');
    expect(drawnBars.length).toBeGreaterThan(0);

    await userEvent.click(screen.getByRole('button', { name: 'View as table' }));
    expect(screen.getByRole('button', { name: 'View as table' }).getAttribute('aria-pressed')).toBe('true');
    const numbers = tableNumbers(screen.getByRole('table'));
    expect(numbers).toEqual(rows.map((row) => [...scopeLevels.map((level) => row.counts[level.id]), row.total]));
    // Every non-zero count in the table is one drawn bar segment.
    const nonZero = rows.reduce((sum, row) => sum + scopeLevels.filter((level) => row.counts[level.id] > 0).length, 0);
    expect(drawnBars.length).toBe(nonZero);
  });

  it('Activity by kind and Competency coverage tables match their shaped rows', async () => {
    const kinds = activityByKind(entries, quarters);
    renderSized(<ActivityByKindChart rows={kinds} />);
    await userEvent.click(screen.getByRole('button', { name: 'View as table' }));
    expect(tableNumbers(screen.getByRole('table')).map((row) => row[row.length - 1])).toEqual(kinds.map((row) => row.total));
  });

  it('Competency coverage marks targets and compares with the previous quarter', async () => {
    const coverage = competencyCoverage(entries, defaultFramework, '2026-Q3', ['mentoring']);
    const { container } = renderSized(<CompetencyCoverageChart rows={coverage} quarterLabel="Q3 2026" previousLabel="Q2 2026" />);
    expect(container.querySelectorAll('.recharts-bar-rectangle').length).toBeGreaterThan(0);
    expect(screen.getAllByText('★ Mentoring and growing others').length).toBeGreaterThan(0);
    await userEvent.click(screen.getByRole('button', { name: 'View as table' }));
    const numbers = tableNumbers(screen.getByRole('table'));
    expect(numbers).toEqual(coverage.map((row) => [row.current, row.previous]));
  });
});
