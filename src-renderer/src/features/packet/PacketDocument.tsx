import { MarkdownView } from '../../components/MarkdownView';
import { FixedChartWidthContext } from '../../components/ResponsiveChart';
import { formatLocalDate } from '../../domain/dates';
import type { AssembledPacket } from '../../domain/packet/assemblePacket';
import { scopeLabel } from '../../domain/scopeLevels';
import { ScopeOverTimeGraph } from '../insights/ScopeOverTimeChart';
import { PrintEvidenceList } from './PrintEvidence';

/** Width of the printable column at A4 and Letter with the print margins, in CSS pixels. */
const printChartWidth = 660;

/**
 * The promotion packet as a document for paper: a cover, the summary and figures, the scope
 * trajectory, a section per competency, highlights, feedback, quarterly reviews and an appendix.
 */
export function PacketDocument({ packet }: { packet: AssembledPacket }) {
  const { figures } = packet;
  return (
    <article className="print-document" aria-label={packet.title}>
      <section className="print-cover">
        <p className="print-kicker">Promotion packet</p>
        <h1>
          <bdi>{packet.title}</bdi>
        </h1>
        {packet.authorName && (
          <p className="print-author">
            <bdi>{packet.authorName}</bdi>
          </p>
        )}
        {(packet.currentRole || packet.targetRole) && (
          <p className="print-roles">
            {packet.currentRole || 'Current role'} → {packet.targetRole || 'Target role'}
          </p>
        )}
        <p className="print-period">
          {formatLocalDate(packet.period.start)} – {formatLocalDate(packet.period.end)}
        </p>
        <p className="print-muted">Prepared {formatLocalDate(packet.generatedOn)}</p>
      </section>

      <section className="print-section">
        <h2>Summary</h2>
        <dl className="print-figures">
          <div>
            <dt>Entries</dt>
            <dd>{figures.entryCount}</dd>
          </div>
          <div>
            <dt>Highest scope reached</dt>
            <dd>{figures.highestScope ? scopeLabel(figures.highestScope) : '—'}</dd>
          </div>
          <div>
            <dt>Competencies covered</dt>
            <dd>
              {figures.competenciesCovered} of {figures.competencyCount}
            </dd>
          </div>
          <div>
            <dt>Quarters</dt>
            <dd>{figures.quartersCovered}</dd>
          </div>
        </dl>
        {packet.summary && <MarkdownView markdown={packet.summary} />}
        <h3>Scope over time</h3>
        <figure className="print-chart" aria-label="Scope over time">
          <FixedChartWidthContext.Provider value={printChartWidth}>
            <ScopeOverTimeGraph rows={packet.scopeRows} />
          </FixedChartWidthContext.Provider>
        </figure>
      </section>

      <section className="print-section print-new-page">
        <h2>Evidence by competency</h2>
        {packet.competencySections.map((section) => (
          <section key={section.competencyId} className="print-competency">
            <h3>
              <bdi>{section.name}</bdi>
            </h3>
            {section.narrative && <MarkdownView markdown={section.narrative} />}
            <PrintEvidenceList items={section.evidence} />
          </section>
        ))}
      </section>

      {packet.highlights.length > 0 && (
        <section className="print-section print-new-page">
          <h2>Highlights</h2>
          <PrintEvidenceList items={packet.highlights} />
        </section>
      )}

      {packet.feedback.length > 0 && (
        <section className="print-section">
          <h2>Feedback received</h2>
          {packet.feedback.map((quote) => (
            <blockquote key={`${quote.date}-${quote.quote.slice(0, 40)}`} className="print-quote">
              <p>“{quote.quote}”</p>
              <footer>
                — {quote.attribution}, {formatLocalDate(quote.date)}
              </footer>
            </blockquote>
          ))}
        </section>
      )}

      {packet.reviews.length > 0 && (
        <section className="print-section">
          <h2>Quarterly reviews</h2>
          {packet.reviews.map((review) => (
            <section key={review.quarter} className="print-review">
              <h3>{review.label}</h3>
              <MarkdownView markdown={review.summary} />
            </section>
          ))}
        </section>
      )}

      {packet.appendix.length > 0 && (
        <section className="print-section print-new-page">
          <h2>Appendix: all evidence</h2>
          <PrintEvidenceList items={packet.appendix} />
        </section>
      )}
    </article>
  );
}
