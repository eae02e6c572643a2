import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, expect, it, vi } from 'vitest';
import { ErrorBoundary } from '../../../src-renderer/src/components/ErrorBoundary';
import { ScreenFailure } from '../../../src-renderer/src/components/ScreenFailure';
import { EntryRenderFailure } from '../../../src-renderer/src/features/journal/EntryRenderFailure';
import { useUiStore } from '../../../src-renderer/src/store/uiStore';

function Broken({ title }: { title: string }): React.ReactNode {
  throw new Error(`${title} cannot render`);
}

beforeEach(() => {
  // React reports every caught render error on the console; the test expects them.
  vi.spyOn(console, 'error').mockImplementation(() => undefined);
});

afterEach(() => {
  vi.restoreAllMocks();
  useUiStore.getState().closePanel();
});

it('shows an entry that throws as "could not be shown", with its title and a way to edit it, and leaves the rest working', async () => {
  render(
    <>
      <nav>
        <a href="#/insights">Insights</a>
      </nav>
      <ErrorBoundary resetKey="entry-1" fallback={() => <EntryRenderFailure entryId="entry-1" title="Quarterly planning" />}>
        <Broken title="Quarterly planning" />
      </ErrorBoundary>
    </>,
  );
  expect(screen.getByRole('alert').textContent).toContain('This entry could not be shown');
  expect(screen.getByRole('heading', { name: 'Quarterly planning' })).toBeTruthy();
  expect(screen.getByRole('link', { name: 'Insights' })).toBeTruthy();

  await userEvent.click(screen.getByRole('button', { name: 'Edit entry' }));
  expect(useUiStore.getState().panel).toEqual({ mode: 'edit', entryId: 'entry-1' });
});

it('gives a screen that throws a way back: "Reload this screen" tries it again', async () => {
  let isBroken = true;
  function Flaky() {
    if (isBroken) throw new Error('the screen fails');
    return <h1>Insights</h1>;
  }
  render(
    <ErrorBoundary resetKey="insights" fallback={(reset) => <ScreenFailure onReload={reset} />}>
      <Flaky />
    </ErrorBoundary>,
  );
  expect(screen.getByRole('heading', { name: 'This screen could not be shown' })).toBeTruthy();

  isBroken = false;
  await userEvent.click(screen.getByRole('button', { name: 'Reload this screen' }));
  expect(screen.getByRole('heading', { name: 'Insights' })).toBeTruthy();
});

it('tries again on its own when what it shows changes, such as another screen', () => {
  const fallback = () => <p>Could not be shown</p>;
  const { rerender } = render(
    <ErrorBoundary resetKey="journal" fallback={fallback}>
      <Broken title="Journal" />
    </ErrorBoundary>,
  );
  expect(screen.getByText('Could not be shown')).toBeTruthy();
  rerender(
    <ErrorBoundary resetKey="growth" fallback={fallback}>
      <h1>Growth</h1>
    </ErrorBoundary>,
  );
  expect(screen.getByRole('heading', { name: 'Growth' })).toBeTruthy();
});
