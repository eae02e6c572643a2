import { expectedScopeFor, roleLevels } from '../../domain/framework/expectedScope';
import { isScopeLevelId, scopeLevels, scopeRank } from '../../domain/scopeLevels';
import type { Competency, RoleLevel, ScopeLevelId, ScopeRange } from '../../domain/types';

interface ExpectedScopeEditorProps {
  competency: Competency;
  onChange: (level: RoleLevel, range: ScopeRange) => void;
}

/** `range` with one end moved; the other end follows when it would otherwise run backwards. */
function withEnd(range: ScopeRange, end: keyof ScopeRange, scope: ScopeLevelId): ScopeRange {
  if (end === 'from') return { from: scope, to: scopeRank(scope) > scopeRank(range.to) ? scope : range.to };
  return { from: scopeRank(scope) < scopeRank(range.from) ? scope : range.from, to: scope };
}

/**
 * A competency's expected scope at each role, folded away until opened: two selects per role,
 * from and to. A role the competency states nothing for shows the scope ladder's range.
 */
export function ExpectedScopeEditor({ competency, onChange }: ExpectedScopeEditorProps) {
  const quotedName = `“${competency.name}”`;
  return (
    <details className="expected-scope">
      <summary>Expected scope</summary>
      <p className="muted expected-scope-help">What each role should reach with it; a packet’s Readiness compares with this.</p>
      <ul className="expected-scope-roles">
        {roleLevels.map((level) => {
          const range = expectedScopeFor(competency, level.id);
          const isLadder = competency.expectedScope?.[level.id] === undefined;
          return (
            <li key={level.id}>
              <span className="expected-scope-role">{level.label}</span>
              {(['from', 'to'] as const).map((end) => (
                <span key={end} className="expected-scope-end">
                  {end === 'to' && <span aria-hidden="true">to </span>}
                  <select
                    aria-label={`Expected scope of ${quotedName} at ${level.label}, ${end}`}
                    value={range[end]}
                    onChange={(event) => {
                      if (isScopeLevelId(event.target.value)) onChange(level.id, withEnd(range, end, event.target.value));
                    }}
                  >
                    {scopeLevels.map((scope) => (
                      <option key={scope.id} value={scope.id}>
                        {scope.label}
                      </option>
                    ))}
                  </select>
                </span>
              ))}
              {isLadder && <span className="muted expected-scope-note">the scope ladder’s default</span>}
            </li>
          );
        })}
      </ul>
    </details>
  );
}
