import { Field } from '../../components/Field';
import { formatLocalDate } from '../../domain/dates';
import type { CompetencySection } from '../../domain/packet/assemblePacket';

interface NarrativeFieldsProps {
  /** The packet's competency sections, each with its selected evidence. */
  sections: readonly CompetencySection[];
  narratives: Record<string, string>;
  onChange: (narratives: Record<string, string>) => void;
}

/** A narrative per competency, written beside the evidence it argues from. */
export function NarrativeFields({ sections, narratives, onChange }: NarrativeFieldsProps) {
  if (sections.length === 0) {
    return <p className="muted">Select evidence tagged with competencies to write a narrative for each.</p>;
  }
  return (
    <div className="narratives">
      {sections.map((section) => (
        <section key={section.competencyId} className="narrative" aria-label={section.name}>
          <Field label={`Narrative for ${section.name}`}>
            {(id) => (
              <textarea
                id={id}
                rows={4}
                value={narratives[section.competencyId] ?? ''}
                placeholder="What this evidence shows, in a few sentences a committee can check against it."
                onChange={(event) => onChange({ ...narratives, [section.competencyId]: event.target.value })}
              />
            )}
          </Field>
          <div className="narrative-evidence">
            <p className="muted">Evidence ({section.evidence.length})</p>
            <ul>
              {section.evidence.map((item) => (
                <li key={item.id}>
                  <span className="muted">{formatLocalDate(item.date)}</span> <bdi>{item.title}</bdi>
                </li>
              ))}
            </ul>
          </div>
        </section>
      ))}
    </div>
  );
}
