import { useId } from 'react';
import { LinkList } from '../../components/LinkList';
import { MarkdownView } from '../../components/MarkdownView';
import { formatLocalDate } from '../../domain/dates';
import { kindLabel } from '../../domain/entries/entryKinds';
import { scopeLabel } from '../../domain/scopeLevels';
import type { EvidenceDraft } from '../../domain/types';
import { draftSourceNames } from './evidenceImport';

interface DraftCardProps {
  draft: EvidenceDraft;
  isSelected: boolean;
  isBusy: boolean;
  onSelect: (isOn: boolean) => void;
  onAccept: () => void;
  onEdit: () => void;
  onDismiss: () => void;
}

/** One draft waiting in the Inbox: what it is, where it came from, and the three decisions. */
export function DraftCard({ draft, isSelected, isBusy, onSelect, onAccept, onEdit, onDismiss }: DraftCardProps) {
  const titleId = useId();
  return (
    <article className="inbox-draft" aria-labelledby={titleId}>
      <div className="inbox-draft-header">
        <input
          type="checkbox"
          aria-label={`Select “${draft.title}”`}
          checked={isSelected}
          onChange={(event) => onSelect(event.target.checked)}
        />
        <h3 id={titleId}>
          <bdi>{draft.title}</bdi>
        </h3>
      </div>
      <dl className="inbox-draft-facts">
        <div>
          <dt>Source</dt>
          <dd>
            {draftSourceNames[draft.source]} · <bdi>{draft.origin}</bdi>
          </dd>
        </div>
        <div>
          <dt>Date</dt>
          <dd>{formatLocalDate(draft.occurredOn)}</dd>
        </div>
        <div>
          <dt>Kind</dt>
          <dd>{kindLabel(draft.kind)}</dd>
        </div>
        <div>
          <dt>Scope</dt>
          <dd>{scopeLabel(draft.scope)}</dd>
        </div>
        {draft.people.length > 0 && (
          <div>
            <dt>People</dt>
            <dd>{draft.people.join(', ')}</dd>
          </div>
        )}
        {draft.tags.length > 0 && (
          <div>
            <dt>Tags</dt>
            <dd>{draft.tags.join(', ')}</dd>
          </div>
        )}
        {draft.links.length > 0 && (
          <div>
            <dt>Links</dt>
            <dd>
              <LinkList links={draft.links} />
            </dd>
          </div>
        )}
      </dl>
      {/* Scrolls when long: focusable, so the keyboard can scroll it too. */}
      <div className="inbox-draft-body" tabIndex={0} role="region" aria-label={`Details of “${draft.title}”`}>
        <MarkdownView markdown={draft.body} />
      </div>
      <div className="inbox-draft-actions">
        <button type="button" className="primary" onClick={onAccept} disabled={isBusy}>
          Accept
        </button>
        <button type="button" onClick={onEdit} disabled={isBusy}>
          Edit and accept
        </button>
        <button type="button" onClick={onDismiss} disabled={isBusy}>
          Dismiss
        </button>
      </div>
    </article>
  );
}
