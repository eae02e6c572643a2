import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { db } from '../../../src-renderer/src/db/database';
import { loadGrowthPlan } from '../../../src-renderer/src/db/growthRepository';
import { newPacket } from '../../../src-renderer/src/domain/packet/packet';
import { assessReadiness } from '../../../src-renderer/src/domain/packet/readiness';
import type { Competency, Entry, Framework, Packet } from '../../../src-renderer/src/domain/types';
import { readEditorDraft } from '../../../src-renderer/src/features/journal/editorDraftStorage';
import { Readiness } from '../../../src-renderer/src/features/packet/Readiness';
import { readinessEntryDraft } from '../../../src-renderer/src/features/packet/readinessActions';
import { useUiStore } from '../../../src-renderer/src/store/uiStore';
import { makeEntry } from '../entryFactory';

const today = '2026-06-30';

function competency(id: string, name: string, prompts: string[] = []): Competency {
  return { id, name, description: '', behaviours: [], prompts };
}

const framework: Framework = {
  id: 'test-ladder',
  name: 'Test ladder',
  updatedAt: '2026-01-01T00:00:00.000Z',
  competencies: [
    competency('design', 'Design'),
    competency('mentoring', 'Mentoring', ['Who is better at something because of you?']),
    competency('writing', 'Writing'),
  ],
};

const entries: Entry[] = [
  makeEntry({ id: 'd1', occurredOn: '2026-02-01', competencies: ['design'], scope: 'company' }),
  makeEntry({ id: 'd2', occurredOn: '2026-03-01', competencies: ['design'], kind: 'feedback' }),
  makeEntry({ id: 'd3', occurredOn: '2026-04-01', competencies: ['design', 'mentoring'] }),
  makeEntry({ id: 'm1', occurredOn: '2026-05-01', competencies: ['mentoring'] }),
  makeEntry({ id: 'm2', occurredOn: '2026-05-02', competencies: ['mentoring'] }),
];

function packetFor(targetRole: string): Packet {
  return { ...newPacket(new Date(`${today}T09:00:00.000Z`), today), targetRole, entryIds: ['d1', 'd2', 'd3'] };
}

function row(name: string): HTMLElement {
  return screen.getByRole('listitem', { name });
}

beforeEach(async () => {
  await db.goals.clear();
  localStorage.clear();
  sessionStorage.clear();
  useUiStore.getState().closePanel();
  window.location.hash = '#/packet';
});

describe('Readiness', () => {
  it('compares with the level the target role names, one verdict in words per competency with the rule’s figures', () => {
    render(<Readiness packet={packetFor('Staff Engineer')} entries={entries} framework={framework} />);
    const region = screen.getByRole('region', { name: 'Readiness' });
    expect(within(region).getByRole<HTMLSelectElement>('combobox', { name: 'Compare with' }).value).toBe('staff');
    expect(region.textContent).toContain('Compared with Staff, the level “Staff Engineer” names.');
    expect(region.textContent).toContain('1 strong · 1 thin · 1 missing');

    expect(within(row('Design')).getByText('strong')).toBeTruthy();
    expect(row('Design').textContent).toContain(
      '3 entries · widest scope Company, Staff expects Department to Company · feedback from others',
    );
    expect(within(row('Design')).queryByRole('button')).toBeNull();

    expect(within(row('Mentoring')).getByText('thin')).toBeTruthy();
    expect(row('Mentoring').textContent).toContain(
      '1 entry (3 needed) · widest scope Team, Staff expects Department to Company · no feedback from others',
    );
    expect(row('Mentoring').textContent).toContain('2 more in your journal for this period, not yet selected');
    expect(within(row('Writing')).getByText('missing')).toBeTruthy();
    expect(row('Writing').textContent).toContain('no entries (3 needed) · Staff expects Department to Company · no feedback from others');
  });

  it('lets the level be chosen, and asks for one when the target role names none', async () => {
    const user = userEvent.setup();
    const { rerender } = render(<Readiness packet={packetFor('Tech Lead')} entries={entries} framework={framework} />);
    expect(screen.getByRole('region', { name: 'Readiness' }).textContent).toContain(
      '“Tech Lead” names no level (Senior, Staff or Principal): choose the level to compare with.',
    );
    const select = screen.getByRole<HTMLSelectElement>('combobox', { name: 'Compare with' });
    expect(select.value).toBe('senior');
    expect(row('Design').textContent).toContain('Senior expects Team to Department');

    await user.selectOptions(select, 'Principal');
    expect(row('Design').textContent).toContain('widest scope Company, Principal expects Company to Industry');
    expect(within(row('Design')).getByText('strong')).toBeTruthy();

    // A new target role is read afresh.
    rerender(<Readiness packet={packetFor('Staff Engineer')} entries={entries} framework={framework} />);
    expect(select.value).toBe('staff');
  });

  it('opens the journal’s new-entry editor with the competency ticked and its first prompt in the body', async () => {
    const user = userEvent.setup();
    render(<Readiness packet={packetFor('Staff Engineer')} entries={entries} framework={framework} />);
    await user.click(within(row('Mentoring')).getByRole('button', { name: 'Write an entry for Mentoring' }));

    const panel = useUiStore.getState().panel;
    if (panel.mode !== 'new' || !panel.draftId) throw new Error('the new-entry editor is open on a kept draft');
    const kept = readEditorDraft({ newDraftId: panel.draftId });
    expect(kept?.form).toMatchObject({ kind: 'win', competencies: ['mentoring'] });
    expect(kept?.form.body).toMatch(/^> Who is better at something because of you\?\n\n## What changed/);
    expect(window.location.hash).toBe('#/journal');
  });

  it('offers a feedback entry when feedback from others is all a competency lacks', () => {
    const wins = [1, 2, 3].map((day) =>
      makeEntry({ id: `w${day}`, occurredOn: `2026-03-0${day}`, competencies: ['design'], scope: 'company' }),
    );
    const [design] = assessReadiness({ ...packetFor('Staff Engineer'), entryIds: wins.map((entry) => entry.id) }, wins, framework, 'staff');
    if (!design) throw new Error('design is judged');
    expect(design.shortfalls).toEqual(['feedback']);
    // Design has no prompt of its own: the body is the feedback template alone.
    expect(readinessEntryDraft(design, today)).toMatchObject({ kind: 'feedback', occurredOn: today, competencies: ['design'] });
    expect(readinessEntryDraft(design, today).body).toMatch(/^> "Their words/);
    expect(readinessEntryDraft({ ...design, shortfalls: ['entries', 'feedback'] }, today).kind).toBe('win');
  });

  it('adds a thin or missing competency to the growth plan, then shows it as there', async () => {
    const user = userEvent.setup();
    render(<Readiness packet={packetFor('Staff Engineer')} entries={entries} framework={framework} />);
    const add = await within(row('Writing')).findByRole<HTMLButtonElement>('button', { name: 'Add Writing to the growth plan' });
    await waitFor(() => expect(add.disabled).toBe(false));
    await user.click(add);

    expect((await screen.findByRole('status')).textContent).toContain('Added “Writing” to the growth plan’s target competencies.');
    expect(document.activeElement).toBe(screen.getByRole('status'));
    expect(await within(row('Writing')).findByText('In the growth plan')).toBeTruthy();
    expect((await loadGrowthPlan(db)).competencyIds).toEqual(['writing']);
    expect(within(row('Mentoring')).getByRole('button', { name: 'Add Mentoring to the growth plan' })).toBeTruthy();
  });
});
