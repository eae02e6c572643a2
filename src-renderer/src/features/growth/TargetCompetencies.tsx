import { CompetencyCheckboxes } from '../../components/CompetencyCheckboxes';
import type { Framework } from '../../domain/types';

interface TargetCompetenciesProps {
  framework: Framework;
  selected: readonly string[];
  onChange: (competencyIds: string[]) => void;
}

/** The competencies a plan aims to grow; a retired target stays listed so it can be unchecked. */
export function TargetCompetencies({ framework, selected, onChange }: TargetCompetenciesProps) {
  return <CompetencyCheckboxes legend="Target competencies" framework={framework} selected={selected} onChange={onChange} />;
}
