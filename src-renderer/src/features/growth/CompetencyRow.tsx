import { useState, type FormEvent } from 'react';
import type { Competency, RoleLevel, ScopeRange } from '../../domain/types';
import { entryCountLabel } from '../journal/journalRows';
import { ExpectedScopeEditor } from './ExpectedScopeEditor';

interface CompetencyRowProps {
  competency: Competency;
  index: number;
  count: number;
  /** How many entries cite it; undefined while the journal loads. */
  evidenceCount: number | undefined;
  onRename: (name: string) => Promise<boolean>;
  onMove: (toIndex: number) => void;
  onRemove: () => void;
  onExpectedScope: (level: RoleLevel, range: ScopeRange) => void;
}

/** One competency of the framework: renamed in place, moved, removed, or its expected scope changed. */
export function CompetencyRow({
  competency,
  index,
  count,
  evidenceCount,
  onRename,
  onMove,
  onRemove,
  onExpectedScope,
}: CompetencyRowProps) {
  const [name, setName] = useState(competency.name);
  const [shownName, setShownName] = useState(competency.name);
  // When the stored name changes (a rename saved, a framework imported), start from it again.
  if (competency.name !== shownName) {
    setShownName(competency.name);
    setName(competency.name);
  }
  const quotedName = `“${competency.name}”`;
  const isFirst = index === 0;
  const isLast = index === count - 1;

  function rename(event: FormEvent) {
    event.preventDefault();
    if (name.trim() === competency.name) return;
    void onRename(name);
  }

  return (
    <li className="competency-row">
      <form className="competency-rename" onSubmit={rename}>
        <input
          type="text"
          aria-label={`Name of ${quotedName}`}
          value={name}
          title={competency.description}
          onChange={(event) => setName(event.target.value)}
          onKeyDown={(event) => {
            if (event.key === 'Escape') setName(competency.name);
          }}
        />
        <button type="submit" aria-label={`Rename ${quotedName}`}>
          Rename
        </button>
      </form>
      <span className="competency-evidence muted">{evidenceCount === undefined ? '' : entryCountLabel(evidenceCount)}</span>
      <div className="competency-actions">
        {/* aria-disabled rather than disabled, so focus stays on the button at the list's ends. */}
        <button
          type="button"
          aria-label={`Move ${quotedName} up`}
          title="Move up"
          aria-disabled={isFirst}
          onClick={() => !isFirst && onMove(index - 1)}
        >
          ↑
        </button>
        <button
          type="button"
          aria-label={`Move ${quotedName} down`}
          title="Move down"
          aria-disabled={isLast}
          onClick={() => !isLast && onMove(index + 1)}
        >
          ↓
        </button>
        <button type="button" className="link-button danger" aria-label={`Remove ${quotedName}`} onClick={onRemove}>
          Remove
        </button>
      </div>
      <ExpectedScopeEditor competency={competency} onChange={onExpectedScope} />
    </li>
  );
}
