import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { expect, it } from 'vitest';
import { HiddenCharactersWarning } from '../../../src-renderer/src/components/HiddenCharactersWarning';

function TitleField({ initial }: { initial: string }) {
  const [title, setTitle] = useState(initial);
  return (
    <>
      <label htmlFor="title">Title</label>
      <input id="title" value={title} onChange={(event) => setTitle(event.target.value)} />
      <HiddenCharactersWarning text={title} onRemove={setTitle} />
    </>
  );
}

it('names the hidden characters in a title and removes them on request', async () => {
  render(<TitleField initial={'Invoice \u202Efdp.exe'} />);
  expect(screen.getByRole('status').textContent).toContain(
    'This title contains a hidden control character: U+202E (right-to-left override).',
  );
  await userEvent.click(screen.getByRole('button', { name: 'Remove hidden characters' }));
  expect(screen.getByRole<HTMLInputElement>('textbox', { name: 'Title' }).value).toBe('Invoice fdp.exe');
  expect(screen.getByRole('status').textContent).toBe('');
  expect(screen.queryByRole('button', { name: 'Remove hidden characters' })).toBeNull();
});

it('says nothing about an ordinary title, emoji sequences included', () => {
  render(<TitleField initial={'Shipped it 👩🏽\u200D💻'} />);
  expect(screen.getByRole('status').textContent).toBe('');
});
