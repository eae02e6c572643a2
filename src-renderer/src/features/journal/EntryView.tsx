import { MarkdownView } from '../../components/MarkdownView';
import { IsolatedList } from '../../components/IsolatedList';
import { LinkList } from '../../components/LinkList';
import { formatLocalDate, todayLocalDate } from '../../domain/dates';
import { kindLabel } from '../../domain/entries/entryKinds';
import { scopeLabel } from '../../domain/scopeLevels';
import type { Entry, Framework } from '../../domain/types';
import { useUiStore } from '../../store/uiStore';
import { useEntryActions } from './useEntryActions';
import { AttachmentTiles } from '../attachments/AttachmentTiles';
import { SyncConflict } from '../sync/SyncConflict';

function Detail({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <div className="detail">
      <dt>{label}</dt>
      <dd>{children}</dd>
    </div>
  );
}

/** One entry, read-only, with every field it has. */
export function EntryView({ entry, framework }: { entry: Entry; framework: Framework }) {
  const openPanel = useUiStore((state) => state.openPanel);
  const closePanel = useUiStore((state) => state.closePanel);
  const { moveToTrash, toggleStar } = useEntryActions();
  const competencyNames = entry.competencies.map(
    (id) => framework.competencies.find((competency) => competency.id === id)?.name ?? `${id} (retired)`,
  );
  const isAwaitingOutcome = entry.followUpOn !== null && entry.followUpOn <= todayLocalDate() && !entry.outcome.trim();

  return (
    <div className="entry-view">
      <div className="panel-header">
        <h2>
          <bdi>{entry.title}</bdi>
        </h2>
        <button type="button" aria-label="Close entry" onClick={closePanel}>
          ×
        </button>
      </div>
      <p className="entry-view-meta">
        <time dateTime={entry.occurredOn}>{formatLocalDate(entry.occurredOn)}</time>
        <span className={`badge kind-${entry.kind}`}>{kindLabel(entry.kind)}</span>
        <span className={`badge scope-${entry.scope}`}>{scopeLabel(entry.scope)}</span>
        {entry.source === 'sample' && <span className="badge">Sample</span>}
      </p>
      <div className="panel-actions">
        <button type="button" className="primary" onClick={() => openPanel({ mode: 'edit', entryId: entry.id })}>
          Edit
        </button>
        <button type="button" aria-pressed={entry.starred} onClick={() => void toggleStar(entry)}>
          {entry.starred ? '★ Starred' : '☆ Star'}
        </button>
        <button type="button" className="danger" onClick={() => void moveToTrash(entry)}>
          Move to trash
        </button>
      </div>
      <SyncConflict entryId={entry.id} />
      <dl className="details">
        {competencyNames.length > 0 && (
          <Detail label="Competencies">
            <IsolatedList items={competencyNames} separator=" · " />
          </Detail>
        )}
        {entry.impact && <Detail label="Impact">{entry.impact}</Detail>}
        {entry.impactMetric && (
          <Detail label="Metric">
            <bdi>{entry.impactMetric.name}</bdi>: {entry.impactMetric.value > 0 ? '+' : ''}
            {entry.impactMetric.value}
            {entry.impactMetric.unit}
          </Detail>
        )}
        {entry.kind === 'decision' && entry.options.length > 0 && (
          <Detail label="Options considered">
            <ul>
              {entry.options.map((option) => (
                <li key={option}>{option}</li>
              ))}
            </ul>
          </Detail>
        )}
        {entry.choice && <Detail label="Choice">{entry.choice}</Detail>}
        {entry.confidence !== null && <Detail label="Confidence">{entry.confidence}%</Detail>}
        {entry.followUpOn && (
          <Detail label="Follow-up on">
            {formatLocalDate(entry.followUpOn)}
            {isAwaitingOutcome && <span className="badge warning"> awaiting outcome</span>}
          </Detail>
        )}
        {entry.outcome && <Detail label="Outcome">{entry.outcome}</Detail>}
        {entry.people.length > 0 && (
          <Detail label="People">
            <IsolatedList items={entry.people} separator=", " />
          </Detail>
        )}
        {entry.tags.length > 0 && <Detail label="Tags">{entry.tags.map((tag) => `#${tag}`).join(' ')}</Detail>}
        {entry.links.length > 0 && (
          <Detail label="Links">
            <LinkList links={entry.links} />
          </Detail>
        )}
        {entry.aiAssist && <Detail label="AI assistance">{entry.aiAssist}</Detail>}
      </dl>
      <section className="entry-body" aria-label="Body">
        <MarkdownView markdown={entry.body} />
      </section>
      {entry.attachments && entry.attachments.length > 0 && (
        <section className="entry-attachments" aria-labelledby="entry-attachments-heading">
          <h3 id="entry-attachments-heading">Attachments</h3>
          <AttachmentTiles attachments={entry.attachments} label="Attached files" />
        </section>
      )}
    </div>
  );
}
