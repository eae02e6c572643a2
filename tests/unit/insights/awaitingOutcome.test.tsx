import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { expect, it } from 'vitest';
import { AwaitingOutcomePanel } from '../../../src-renderer/src/features/insights/AwaitingOutcomePanel';
import { makeEntry } from '../entryFactory';

it('lists a long backlog of follow-ups a page at a time, saying how many are due', async () => {
  const due = Array.from({ length: 25 }, (_, index) =>
    makeEntry({ kind: 'decision', title: `Decision ${index + 1}`, followUpOn: '2026-01-01' }),
  );
  render(<AwaitingOutcomePanel entries={due} />);
  expect(screen.getByText('25 follow-ups are due, oldest first.')).toBeTruthy();
  expect(screen.getAllByRole('button', { name: 'Record outcome' })).toHaveLength(10);

  await userEvent.click(screen.getByRole('button', { name: 'Show 10 more' }));
  expect(screen.getAllByRole('button', { name: 'Record outcome' })).toHaveLength(20);
  await userEvent.click(screen.getByRole('button', { name: 'Show 5 more' }));
  expect(screen.getAllByRole('button', { name: 'Record outcome' })).toHaveLength(25);
  expect(screen.queryByRole('button', { name: /^Show \d+ more$/ })).toBeNull();
});
