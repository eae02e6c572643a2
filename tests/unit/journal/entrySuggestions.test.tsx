import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { expect, it, vi } from 'vitest';
import type { Suggestions } from '../../../src-renderer/src/domain/coach/suggestions';
import { SuggestionsView, metricText } from '../../../src-renderer/src/features/journal/EntrySuggestions';

const suggestions: Suggestions = {
  competencies: [{ id: 'mentoring', name: 'Mentoring and growing others', reasons: ['paired', '<img src=x onerror=alert(1)>'] }],
  kind: { label: 'mentoring', reasons: ['paired with'], isCue: true },
  scope: { label: 'department', reasons: ['across three teams'], isCue: true },
  impact: { prompt: 'What did the numbers say?', metrics: [{ name: 'p95', value: -66.7, unit: '%', source: 'from 900 to 300 ms' }] },
};

function renderSuggestions(shown: Suggestions) {
  const handlers = { onAddCompetency: vi.fn(), onUseKind: vi.fn(), onUseScope: vi.fn(), onUseMetric: vi.fn() };
  render(<SuggestionsView suggestions={shown} exampleCount={1234} {...handlers} />);
  return handlers;
}

it('shows each suggestion with its reasons as text, and applies one only when its button is clicked', async () => {
  const handlers = renderSuggestions(suggestions);
  const region = screen.getByRole('region', { name: 'Suggestions' });
  const competency = within(region).getByRole('button', { name: 'Add competency Mentoring and growing others' }).closest('li');
  expect(competency?.textContent).toContain('Mentoring and growing others — paired, <img src=x onerror=alert(1)>');
  expect(region.querySelector('img')).toBeNull();
  expect(region.textContent).toContain('from your framework and 1,234 entries');
  expect(handlers.onAddCompetency).not.toHaveBeenCalled();

  await userEvent.click(within(region).getByRole('button', { name: 'Add competency Mentoring and growing others' }));
  await userEvent.click(within(region).getByRole('button', { name: 'Use kind Mentoring' }));
  await userEvent.click(within(region).getByRole('button', { name: 'Use scope Department' }));
  await userEvent.click(within(region).getByRole('button', { name: 'Use metric p95 −66.7 %' }));
  expect(handlers.onAddCompetency).toHaveBeenCalledWith('mentoring');
  expect(handlers.onUseKind).toHaveBeenCalledWith('mentoring');
  expect(handlers.onUseScope).toHaveBeenCalledWith('department');
  expect(handlers.onUseMetric).toHaveBeenCalledWith(suggestions.impact?.metrics[0]);
  expect(region.textContent).toContain('No measured result yet: what changed, and by how much? What did the numbers say?');
});

it('says so when there is nothing to suggest', () => {
  renderSuggestions({ competencies: [], kind: null, scope: null, impact: null });
  const region = screen.getByRole('region', { name: 'Suggestions' });
  expect(region.textContent).toContain('Nothing to suggest yet.');
  expect(within(region).queryAllByRole('button')).toEqual([]);
});

it('writes money with its symbol first and counts without a unit', () => {
  expect(metricText({ name: 'cost', value: -12_000, unit: '$', source: '' })).toBe('cost −$12,000');
  expect(metricText({ name: 'customers', value: 140, unit: '', source: '' })).toBe('customers 140');
});
