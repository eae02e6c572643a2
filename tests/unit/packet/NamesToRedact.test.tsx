import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import { defaultFramework } from '../../../src-renderer/src/domain/framework/content/defaultFramework';
import { assembleUnredacted } from '../../../src-renderer/src/domain/packet/assemblePacket';
import { newPacket } from '../../../src-renderer/src/domain/packet/packet';
import { listPacketNames } from '../../../src-renderer/src/domain/packet/packetNames';
import type { Entry, PacketRedaction } from '../../../src-renderer/src/domain/types';
import { NamesToRedact } from '../../../src-renderer/src/features/packet/NamesToRedact';
import { makeEntry } from '../entryFactory';

const today = '2026-06-30';

/** The region as the builder uses it: the choices kept in state, the names listed from them. */
function Harness({
  entries,
  isRedacting = true,
  onChoices,
}: {
  entries: Entry[];
  isRedacting?: boolean;
  onChoices?: (choices: PacketRedaction) => void;
}) {
  const [redaction, setRedaction] = useState<PacketRedaction | undefined>(undefined);
  const packet = {
    ...newPacket(new Date(`${today}T09:00:00.000Z`), today),
    authorName: 'Maya Okafor',
    entryIds: entries.map((entry) => entry.id),
  };
  const names = listPacketNames(assembleUnredacted(packet, entries, defaultFramework, [], today), [], redaction, packet.authorName);
  return (
    <NamesToRedact
      names={names}
      redaction={redaction}
      isRedacting={isRedacting}
      authorName="Maya Okafor"
      onChange={(next) => {
        setRedaction(next);
        onChoices?.(next);
      }}
    />
  );
}

const entries = [
  makeEntry({
    occurredOn: '2026-03-02',
    title: 'Rollout with Dana Whitfield',
    body: 'Paired with Dana Whitfield on the <b>rollout</b>. Dana wrote the runbook; Maya Okafor reviewed it.',
  }),
];

describe('Names to redact', () => {
  it('lists each name with a checkbox labelled by the name, its count and an occurrence shown as text', () => {
    const { container } = render(<Harness entries={entries} />);
    const region = screen.getByRole('region', { name: 'Names to redact' });
    const dana = within(region).getByRole('checkbox', { name: 'Dana Whitfield' });
    expect((dana as HTMLInputElement).checked).toBe(true);
    expect(dana.getAttribute('aria-describedby')).toBeTruthy();
    const details = document.getElementById(dana.getAttribute('aria-describedby') ?? '');
    expect(details?.textContent).toMatch(/^3 times · .*Dana Whitfield/u);
    // The body's markup is text in the example, never an element.
    expect(container.querySelector('.name-choices b')).toBeNull();
    expect(within(region).getAllByRole('checkbox')).toHaveLength(1);
    expect(within(region).getByText(/ticked name is replaced in the PDF, Markdown and HTML/u)).toBeTruthy();
  });

  it('unticks and ticks again, saving the choice each time', async () => {
    const choices: PacketRedaction[] = [];
    render(<Harness entries={entries} onChoices={(choice) => choices.push(choice)} />);
    const dana = screen.getByRole('checkbox', { name: 'Dana Whitfield' });
    await userEvent.click(dana);
    expect((dana as HTMLInputElement).checked).toBe(false);
    await userEvent.keyboard(' ');
    expect((dana as HTMLInputElement).checked).toBe(true);
    expect(choices).toEqual([
      { unticked: ['Dana Whitfield'], added: [] },
      { unticked: [], added: [] },
    ]);
  });

  it('adds a name from the keyboard, and refuses bad input without changing anything', async () => {
    const choices: PacketRedaction[] = [];
    render(<Harness entries={entries} onChoices={(choice) => choices.push(choice)} />);
    const field = screen.getByRole('textbox', { name: 'Add a name' });
    await userEvent.type(field, '   {Enter}');
    expect(screen.getByRole('alert').textContent).toBe('Type a name to add.');
    await userEvent.clear(field);
    await userEvent.type(field, 'Maya Okafor{Enter}');
    expect(screen.getByRole('alert').textContent).toBe('“Maya Okafor” is your own name: the packet keeps it.');
    expect(choices).toEqual([]);

    await userEvent.clear(field);
    await userEvent.type(field, 'runbook{Enter}');
    expect(screen.getByRole('status').textContent).toBe('Added “Runbook”.');
    expect(screen.getByRole<HTMLInputElement>('checkbox', { name: 'Runbook' }).checked).toBe(true);
    expect((field as HTMLInputElement).value).toBe('');
    await userEvent.click(screen.getByRole('button', { name: 'Add' }));
    expect(choices).toEqual([{ unticked: [], added: ['Runbook'] }]);
  });

  it('says when redaction is off, and when there is no name at all', () => {
    render(
      <Harness entries={[makeEntry({ occurredOn: '2026-03-02', title: 'Quiet work', body: 'Nobody else here.' })]} isRedacting={false} />,
    );
    const region = screen.getByRole('region', { name: 'Names to redact' });
    expect(within(region).getByText(/Redaction is off, so these names print as written/u)).toBeTruthy();
    expect(within(region).getByText('No names found in what this packet includes.')).toBeTruthy();
    expect(within(region).queryByRole('checkbox')).toBeNull();
  });
});
