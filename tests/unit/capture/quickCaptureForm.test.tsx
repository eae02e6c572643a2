import { act, fireEvent, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, expect, it, vi } from 'vitest';
import { db } from '../../../src-renderer/src/db/database';
import type { CaptureAttachments } from '../../../src-renderer/src/features/capture/captureAttachments';
import { QuickCaptureForm } from '../../../src-renderer/src/features/capture/QuickCaptureForm';

/*
 * The quick-capture form (features/capture): what it saves through the journal's repository, its
 * keys, the typed text it keeps between windows, and where attachments plug in.
 */

beforeEach(async () => {
  localStorage.clear();
  await db.entries.clear();
});
afterEach(() => {
  localStorage.clear();
});

function renderForm(attachments?: CaptureAttachments) {
  const handlers = { onSaved: vi.fn(), onClose: vi.fn() };
  const view = render(<QuickCaptureForm {...handlers} attachments={attachments} isMac={false} />);
  return { ...handlers, view };
}

const title = () => screen.getByLabelText<HTMLInputElement>('Title');
const body = () => screen.getByLabelText<HTMLTextAreaElement>('Body');

it('saves a titled capture as a new entry of today, with its kind, scope and body', async () => {
  const { onSaved } = renderForm();
  expect(document.activeElement).toBe(title());
  await userEvent.type(title(), '  Cut the deploy time in half ');
  await userEvent.selectOptions(screen.getByLabelText('Kind'), 'Decision');
  await userEvent.selectOptions(screen.getByLabelText('Scope'), 'Company');
  await userEvent.type(body(), 'Moved the build cache.');
  await userEvent.click(screen.getByRole('button', { name: 'Save' }));
  await vi.waitFor(() => expect(onSaved).toHaveBeenCalledTimes(1));
  const [entry] = await db.entries.toArray();
  expect(entry).toMatchObject({
    title: 'Cut the deploy time in half',
    kind: 'decision',
    scope: 'company',
    body: 'Moved the build cache.',
    occurredOn: '2026-11-18',
    source: 'user',
    deletedAt: null,
  });
  await vi.waitFor(() => expect(screen.getByRole('status').textContent).toBe('Saved “Cut the deploy time in half” to the journal.'));
  expect(title().value).toBe('');
  expect(Object.keys(localStorage).filter((key) => key.includes('capture'))).toEqual([]);
});

it('asks for a title and saves nothing without one; Ctrl+Enter and Ctrl+S save from any field', async () => {
  const { onSaved } = renderForm();
  await userEvent.type(body(), 'No title yet');
  fireEvent.keyDown(body(), { key: 'Enter', ctrlKey: true });
  expect((await screen.findByRole('alert')).textContent).toContain('Title: give the entry a title.');
  expect(await db.entries.count()).toBe(0);

  await userEvent.type(title(), 'Wrote the RFC');
  fireEvent.keyDown(body(), { key: 'Enter', ctrlKey: true });
  await vi.waitFor(() => expect(onSaved).toHaveBeenCalledTimes(1));
  await userEvent.type(title(), 'Reviewed the RFC');
  fireEvent.keyDown(title(), { key: 's', metaKey: true });
  await vi.waitFor(() => expect(onSaved).toHaveBeenCalledTimes(2));
  expect((await db.entries.toArray()).map((entry) => entry.title).sort()).toEqual(['Reviewed the RFC', 'Wrote the RFC']);
});

it('closes on Escape or Close, keeping what was typed for the next window until it is discarded', async () => {
  const first = renderForm();
  await userEvent.type(title(), 'Half a thought');
  await userEvent.keyboard('{Escape}');
  expect(first.onClose).toHaveBeenCalledTimes(1);
  first.view.unmount();

  const second = renderForm();
  expect(screen.getByText('Brought back what you typed last time.')).toBeTruthy();
  expect(title().value).toBe('Half a thought');
  await userEvent.click(screen.getByRole('button', { name: 'Close' }));
  expect(second.onClose).toHaveBeenCalledTimes(1);
  await userEvent.click(screen.getByRole('button', { name: 'Discard it' }));
  expect(title().value).toBe('');
  second.view.unmount();

  renderForm();
  expect(screen.queryByText('Brought back what you typed last time.')).toBeNull();
  expect(title().value).toBe('');
});

it('takes pastes and the saved entry’s additions from the attachments feature when it is given one', async () => {
  const onPaste = vi.fn();
  const clear = vi.fn();
  const attachments: CaptureAttachments = {
    formHandlers: { onPaste },
    view: <p>1 image attached</p>,
    problems: ['That file is too large.'],
    addTo: (draft) => ({ ...draft, tags: ['pasted'] }),
    clear,
  };
  const { onSaved } = renderForm(attachments);
  expect(screen.getByText('1 image attached')).toBeTruthy();
  expect(screen.getByRole('alert').textContent).toContain('That file is too large.');
  fireEvent.paste(body());
  expect(onPaste).toHaveBeenCalledTimes(1);
  await userEvent.type(title(), 'Screenshot of the dashboard');
  await act(async () => {
    fireEvent.submit(title().closest('form') as HTMLFormElement);
    await Promise.resolve();
  });
  await vi.waitFor(() => expect(onSaved).toHaveBeenCalled());
  const [entry] = await db.entries.toArray();
  expect(entry?.tags).toEqual(['pasted']);
  expect(clear).toHaveBeenCalledTimes(1);
});
