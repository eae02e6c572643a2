import { formatLocalDate } from '../../domain/dates';
import { kindLabel } from '../../domain/entries/entryKinds';
import type { EvidenceItem } from '../../domain/packet/assemblePacket';
import { scopeLabel } from '../../domain/scopeLevels';
import { PrintImages } from './PrintImages';

/** One piece of evidence as printed: date, title, scope, impact, an excerpt of the body, and its images in the appendix when asked. */
export function PrintEvidence({ item }: { item: EvidenceItem }) {
  return (
    <li className="print-evidence">
      <p className="print-evidence-heading">
        <span className="print-evidence-date">{formatLocalDate(item.date)}</span>{' '}
        <strong>
          <bdi>{item.title}</bdi>
        </strong>{' '}
        <span className="print-evidence-meta">
          {kindLabel(item.kind)} · {scopeLabel(item.scope)}
        </span>
      </p>
      {(item.impact || item.metric) && (
        <p className="print-evidence-impact">
          Impact: {item.impact}
          {item.metric ? `${item.impact ? ' — ' : ''}${item.metric}` : ''}
        </p>
      )}
      {item.excerpt && <p className="print-evidence-excerpt">{item.excerpt}</p>}
      {item.images && item.images.length > 0 && <PrintImages images={item.images} />}
    </li>
  );
}

/** A list of evidence, or a line saying there is none. */
export function PrintEvidenceList({ items }: { items: readonly EvidenceItem[] }) {
  if (items.length === 0) return <p className="print-muted">No evidence selected.</p>;
  return (
    <ul className="print-evidence-list">
      {items.map((item) => (
        <PrintEvidence key={item.id} item={item} />
      ))}
    </ul>
  );
}
