import { MarkdownView } from '../../components/MarkdownView';
import { FixedChartWidthContext } from '../../components/ResponsiveChart';
import { formatLocalDate } from '../../domain/dates';
import { onePageLines, type AssembledPacket, type EvidenceItem } from '../../domain/packet/assemblePacket';
import { scopeLabel } from '../../domain/scopeLevels';
import { ScopeOverTimeGraph } from '../insights/ScopeOverTimeChart';
import { PrintEvidenceList } from './PrintEvidence';

/** Width of the printable column at A4 and Letter with the print margins, in CSS pixels. */
const printChartWidth = 660;

/**
 * User text under the document's own headings starts at h4: an h1 in a narrative must not become
 * a section of the PDF's outline, which Chromium builds from the headings.
 */
const userHeadingsFrom = 4;

/** The headline numbers, on the full packet's summary page and on the one-page summary. */
function PrintFigures({ packet }: { packet: AssembledPacket }) {
  const { figures } = packet;
  return (
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
  );
}

function PrintScopeChart({ packet }: { packet: AssembledPacket }) {
  return (
    <>
      <h3>Scope over time</h3>
      <figure className="print-chart" aria-label="Scope over time">
        <FixedChartWidthContext.Provider value={printChartWidth}>
          <ScopeOverTimeGraph rows={packet.scopeRows} />
        </FixedChartWidthContext.Provider>
      </figure>
    </>
  );
}

/** "Title · Team · 14 Mar 2026 · impact — metric": one piece of evidence on one line. */
function evidenceSummary(item: EvidenceItem): string {
  const impact = [item.impact.trim().replace(/\.$/, ''), item.metric ?? ''].filter((part) => part !== '').join(' — ');
  return [scopeLabel(item.scope), formatLocalDate(item.date), impact].filter((part) => part !== '').join(' · ');
}

/** The summary section, the same in the full packet and the one-page summary. */
function PrintSummary({ packet }: { packet: AssembledPacket }) {
  return (
    <section className="print-section">
      <h2>Summary</h2>
      <PrintFigures packet={packet} />
      {packet.summary && <MarkdownView markdown={packet.summary} headingsFrom={userHeadingsFrom} />}
      <PrintScopeChart packet={packet} />
    </section>
  );
}

/**
 * The one-page summary, for committees that ask for one: the title line, the summary and figures,
 * the scope chart, and a line per competency with its strongest evidence. The print view scales it
 * to fit the page (PacketPrintView).
 */
function OnePageDocument({ packet }: { packet: AssembledPacket }) {
  const who = [
    packet.authorName,
    packet.currentRole || packet.targetRole ? `${packet.currentRole || 'Current role'} → ${packet.targetRole || 'Target role'}` : '',
  ]
    .filter((part) => part !== '')
    .join(' · ');
  const lines = onePageLines(packet);
  return (
    <article className="print-document print-one-page" aria-label={packet.title}>
      <header className="print-one-page-cover">
        <p className="print-kicker">Promotion packet · one-page summary</p>
        <h1>
          <bdi>{packet.title}</bdi>
        </h1>
        <p className="print-period">
          {who && (
            <>
              <bdi>{who}</bdi> ·{' '}
            </>
          )}
          {formatLocalDate(packet.period.start)} – {formatLocalDate(packet.period.end)}
        </p>
      </header>
      <PrintSummary packet={packet} />
      <section className="print-section">
        <h2>Strongest evidence by competency</h2>
        {lines.length === 0 ? (
          <p className="print-muted">No evidence selected.</p>
        ) : (
          <ul className="print-one-page-lines">
            {lines.map((line) => (
              <li key={line.competencyId}>
                <h3>
                  <bdi>{line.name}</bdi>
                </h3>
                {' — '}
                {line.strongest ? (
                  <span>
                    <bdi>{line.strongest.title}</bdi>{' '}
                    <span className="print-evidence-meta">
                      <bdi>{evidenceSummary(line.strongest)}</bdi>
                      {line.evidenceCount > 1 ? ` · 1 of ${line.evidenceCount}` : ''}
                    </span>
                  </span>
                ) : (
                  <span className="print-muted">No evidence selected.</span>
                )}
              </li>
            ))}
          </ul>
        )}
      </section>
    </article>
  );
}

/**
 * The promotion packet as a document for paper: a cover, the summary and figures, the scope
 * trajectory, a section per competency, highlights, feedback, quarterly reviews and an appendix;
 * or, with the packet's "One-page summary" option, the one-page summary instead. Its headings
 * (h1 title, h2 sections, h3 competencies) are the PDF's outline.
 */
export function PacketDocument({ packet }: { packet: AssembledPacket }) {
  if (packet.onePage) return <OnePageDocument packet={packet} />;
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

      <PrintSummary packet={packet} />

      <section className="print-section print-new-page">
        <h2>Evidence by competency</h2>
        {packet.competencySections.map((section) => (
          <section key={section.competencyId} className="print-competency">
            <h3>
              <bdi>{section.name}</bdi>
            </h3>
            {section.narrative && <MarkdownView markdown={section.narrative} headingsFrom={userHeadingsFrom} />}
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
              <MarkdownView markdown={review.summary} headingsFrom={userHeadingsFrom} />
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
