import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { MarkdownView } from '../../../src-renderer/src/components/MarkdownView';
import { newPacket } from '../../../src-renderer/src/domain/packet/packet';
import type { Packet } from '../../../src-renderer/src/domain/types';
import { PacketSettings } from '../../../src-renderer/src/features/packet/PacketSettings';

const today = '2026-06-30';

describe('the "One-page summary" option', () => {
  it('is a labelled checkbox that turns the option on and off and keeps the other options', async () => {
    const user = userEvent.setup();
    const update = vi.fn<(changes: Partial<Packet>) => void>();
    const packet = { ...newPacket(new Date(`${today}T09:00:00.000Z`), today) };
    packet.options = { ...packet.options, redactPeople: true, pageSize: 'Letter' };
    delete packet.options.onePage;
    const { rerender } = render(<PacketSettings packet={packet} update={update} />);
    const box = screen.getByRole<HTMLInputElement>('checkbox', { name: 'One-page summary' });
    // A packet saved before the option existed shows it unticked.
    expect(box.checked).toBe(false);
    await user.click(box);
    expect(update).toHaveBeenLastCalledWith({ options: { ...packet.options, onePage: true } });

    rerender(<PacketSettings packet={{ ...packet, options: { ...packet.options, onePage: true } }} update={update} />);
    expect(screen.getByRole<HTMLInputElement>('checkbox', { name: 'One-page summary' }).checked).toBe(true);
    await user.click(screen.getByRole('checkbox', { name: 'One-page summary' }));
    expect(update).toHaveBeenLastCalledWith({ options: { ...packet.options, onePage: false } });
  });
});

describe('headings in user text placed in a document', () => {
  it('start at the level asked for, so a narrative’s own headings nest under the document’s', () => {
    render(<MarkdownView markdown={'# Mine\n\n## Sub\n\n###### Deep'} headingsFrom={4} />);
    expect(screen.getByRole('heading', { name: 'Mine' }).tagName).toBe('H4');
    expect(screen.getByRole('heading', { name: 'Sub' }).tagName).toBe('H5');
    expect(screen.getByRole('heading', { name: 'Deep' }).tagName).toBe('H6');
  });

  it('are kept as written elsewhere', () => {
    render(<MarkdownView markdown={'# Mine'} />);
    expect(screen.getByRole('heading', { name: 'Mine' }).tagName).toBe('H1');
  });
});
