import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { newPacket } from '../../../src-renderer/src/domain/packet/packet';
import type { Packet } from '../../../src-renderer/src/domain/types';
import { PacketSettings } from '../../../src-renderer/src/features/packet/PacketSettings';

const today = '2026-06-30';
const leftOut = 'Images are left out while people are redacted: names in a picture cannot be redacted.';

function packetWith(options: Partial<Packet['options']>): Packet {
  const packet = newPacket(new Date(`${today}T09:00:00.000Z`), today);
  return { ...packet, options: { ...packet.options, ...options } };
}

describe('the "Include images" option', () => {
  it('is ticked on a new packet, and unticked on one saved before it existed', () => {
    const { rerender } = render(<PacketSettings packet={packetWith({})} update={vi.fn()} />);
    expect(screen.getByRole<HTMLInputElement>('checkbox', { name: 'Include images' }).checked).toBe(true);
    const older = packetWith({});
    delete older.options.includeImages;
    rerender(<PacketSettings packet={older} update={vi.fn()} />);
    expect(screen.getByRole<HTMLInputElement>('checkbox', { name: 'Include images' }).checked).toBe(false);
  });

  it('goes off when "Redact people" is ticked', async () => {
    const user = userEvent.setup();
    const update = vi.fn<(changes: Partial<Packet>) => void>();
    const packet = packetWith({});
    render(<PacketSettings packet={packet} update={update} />);
    await user.click(screen.getByRole('checkbox', { name: 'Redact people' }));
    expect(update).toHaveBeenLastCalledWith({ options: { ...packet.options, redactPeople: true, includeImages: false } });
  });

  it('says why beside the checkbox while redacting, and warns when ticked again deliberately', async () => {
    const user = userEvent.setup();
    const update = vi.fn<(changes: Partial<Packet>) => void>();
    const packet = packetWith({ redactPeople: true, includeImages: false });
    const { rerender } = render(<PacketSettings packet={packet} update={update} />);
    const box = screen.getByRole<HTMLInputElement>('checkbox', { name: 'Include images' });
    expect(box.checked).toBe(false);
    expect(screen.getByRole('checkbox', { name: 'Include images', description: leftOut })).toBe(box);

    await user.click(box);
    expect(update).toHaveBeenLastCalledWith({ options: { ...packet.options, includeImages: true } });
    rerender(<PacketSettings packet={{ ...packet, options: { ...packet.options, includeImages: true } }} update={update} />);
    const description = 'Names in a picture cannot be redacted: look at each image before you share this packet.';
    expect(screen.getByRole<HTMLInputElement>('checkbox', { name: 'Include images', description }).checked).toBe(true);
  });

  it('says nothing when there is nothing to say, and says where images print when the appendix is off', () => {
    const { rerender } = render(<PacketSettings packet={packetWith({})} update={vi.fn()} />);
    expect(screen.getByRole('checkbox', { name: 'Include images' }).getAttribute('aria-describedby')).toBeNull();
    rerender(<PacketSettings packet={packetWith({ includeAppendix: false })} update={vi.fn()} />);
    const description = 'Images print under their entries in the appendix, which is off.';
    expect(screen.getByRole('checkbox', { name: 'Include images', description })).toBeDefined();
  });
});
