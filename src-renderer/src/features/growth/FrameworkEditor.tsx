import { useMemo } from 'react';
import { db } from '../../db/database';
import { resetToDefaultFramework, saveActiveFramework } from '../../db/frameworksRepository';
import { defaultFramework } from '../../domain/framework/content/defaultFramework';
import { describeScopeRange, roleLevelLabel } from '../../domain/framework/expectedScope';
import {
  addCompetency,
  moveCompetency,
  removeCompetency,
  renameCompetency,
  retiredCompetencyIds,
  setExpectedScope,
} from '../../domain/framework/frameworkEditing';
import { parseFrameworkFile, serializeFramework } from '../../domain/framework/frameworkFile';
import type { Entry, Framework } from '../../domain/types';
import { desktop } from '../../platform/desktop';
import { AddCompetencyForm } from './AddCompetencyForm';
import { CompetencyRow } from './CompetencyRow';
import { RetiredCompetencies } from './RetiredCompetencies';
import { StatusMessage } from './StatusMessage';
import { useFrameworkActions } from './useFrameworkActions';

const frameworkFilters = [{ name: 'Scope Journal framework', extensions: ['json'] }];

interface FrameworkEditorProps {
  framework: Framework;
  /** Every entry outside the trash; undefined until the whole journal has loaded. */
  entries: readonly Entry[] | undefined;
}

/** How many entries cite each competency id. */
function countEvidence(entries: readonly Entry[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const entry of entries) {
    for (const id of new Set(entry.competencies)) counts.set(id, (counts.get(id) ?? 0) + 1);
  }
  return counts;
}

/** The active competency framework: its competencies in order, edited in place, and as a file. */
export function FrameworkEditor({ framework, entries }: FrameworkEditorProps) {
  const { status, applyEdit, run } = useFrameworkActions();
  const evidenceCounts = useMemo(() => (entries ? countEvidence(entries) : undefined), [entries]);
  const retired = useMemo(() => (entries ? retiredCompetencyIds(framework, entries) : undefined), [framework, entries]);
  const count = framework.competencies.length;

  function remove(id: string, name: string) {
    const isConfirmed = window.confirm(
      `Remove “${name}” from the framework? Entries that cite it keep their evidence; it will be listed as retired.`,
    );
    if (isConfirmed)
      void applyEdit((current) => removeCompetency(current, id), `Removed “${name}”. Its evidence is kept and listed as retired.`);
  }

  const exportFramework = () =>
    run(async () => {
      const result = await desktop.saveTextFile({
        title: 'Export framework',
        suggestedName: `${framework.id}.json`,
        filters: frameworkFilters,
        contents: serializeFramework(framework),
      });
      return result.status === 'saved' ? `Exported “${framework.name}” to ${result.filePath}.` : null;
    });

  const importFramework = () =>
    run(async () => {
      const opened = await desktop.openTextFile({ title: 'Import framework', filters: frameworkFilters });
      if (opened.status === 'cancelled') return null;
      const parsed = parseFrameworkFile(opened.contents);
      if (!parsed.isValid) throw new Error(`${opened.fileName} was not imported. ${parsed.problem} Nothing was changed.`);
      const imported = parsed.framework;
      const isConfirmed = window.confirm(
        `Replace “${framework.name}” with “${imported.name}” (${imported.competencies.length} competencies) from ${opened.fileName}? ` +
          'Entries keep their evidence; competencies the new framework lacks are listed as retired.',
      );
      if (!isConfirmed) return `${opened.fileName} was not imported. Nothing was changed.`;
      await saveActiveFramework(db, imported);
      return `Imported “${imported.name}” from ${opened.fileName}; it is now the active framework.`;
    });

  const resetFramework = () => {
    const isConfirmed = window.confirm(
      `Reset to the built-in “${defaultFramework.name}” framework? Your changes to it are discarded; entries keep their evidence.`,
    );
    if (!isConfirmed) return;
    void run(async () => {
      await resetToDefaultFramework(db);
      return `The built-in “${defaultFramework.name}” framework is active again.`;
    });
  };

  return (
    <section className="data-section growth-section" aria-labelledby="framework-heading">
      <h2 id="framework-heading">Competency framework</h2>
      <p>
        Active framework:{' '}
        <strong>
          <bdi>{framework.name}</bdi>
        </strong>{' '}
        · {count} {count === 1 ? 'competency' : 'competencies'}. Renaming keeps every entry’s link to a competency; removing one keeps its
        evidence, listed as retired.
      </p>
      <StatusMessage status={status} />
      <ol className="competency-list" aria-label={`Competencies of ${framework.name}`}>
        {framework.competencies.map((competency, index) => (
          <CompetencyRow
            key={competency.id}
            competency={competency}
            index={index}
            count={count}
            evidenceCount={evidenceCounts?.get(competency.id) ?? (evidenceCounts ? 0 : undefined)}
            onRename={(name) =>
              applyEdit(
                (current) => renameCompetency(current, competency.id, name),
                `Renamed “${competency.name}” to “${name.trim()}”. Entries keep their link.`,
              )
            }
            onMove={(toIndex) =>
              void applyEdit(
                (current) => moveCompetency(current, competency.id, toIndex),
                `Moved “${competency.name}” to position ${toIndex + 1} of ${count}.`,
              )
            }
            onRemove={() => remove(competency.id, competency.name)}
            onExpectedScope={(level, range) =>
              void applyEdit(
                (current) => setExpectedScope(current, competency.id, level, range),
                `“${competency.name}” at ${roleLevelLabel(level)} now expects ${describeScopeRange(range)}.`,
              )
            }
          />
        ))}
      </ol>
      <AddCompetencyForm
        onAdd={(name) => applyEdit((current) => addCompetency(current, name), `Added “${name.trim()}” at the end of the framework.`)}
      />
      {retired && evidenceCounts && <RetiredCompetencies ids={retired} evidenceCounts={evidenceCounts} />}
      <h3 className="framework-file-heading">As a file</h3>
      <p className="muted">Share the framework as JSON, or bring in your company’s own ladder.</p>
      <div className="button-row">
        <button type="button" onClick={() => void exportFramework()}>
          Export framework
        </button>
        <button type="button" onClick={() => void importFramework()}>
          Import framework
        </button>
        <button type="button" className="danger" onClick={resetFramework}>
          Reset to default
        </button>
      </div>
    </section>
  );
}
