import { defaultFramework } from '../../domain/framework/content/defaultFramework';
import { entryCountLabel } from '../journal/journalRows';

interface RetiredCompetenciesProps {
  /** Ids entries cite that the framework no longer has. */
  ids: readonly string[];
  evidenceCounts: ReadonlyMap<string, number>;
}

/**
 * Competencies removed from the framework whose evidence is still in the journal. Only the id
 * survives removal; the built-in framework's name is shown when it is one of its competencies.
 */
export function RetiredCompetencies({ ids, evidenceCounts }: RetiredCompetenciesProps) {
  return (
    <div className="retired-competencies">
      <h3 id="retired-heading">Retired (evidence kept)</h3>
      {ids.length === 0 ? (
        <p className="muted">None: every competency your entries cite is in the framework.</p>
      ) : (
        <ul aria-labelledby="retired-heading">
          {ids.map((id) => {
            const knownName = defaultFramework.competencies.find((competency) => competency.id === id)?.name;
            return (
              <li key={id}>
                <span>{knownName ?? id}</span> <code className="muted">{id}</code>{' '}
                <span className="muted">· {entryCountLabel(evidenceCounts.get(id) ?? 0)}</span>
              </li>
            );
          })}
        </ul>
      )}
    </div>
  );
}
