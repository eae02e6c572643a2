import { useState } from 'react';
import { Field } from '../../components/Field';
import { formatLocalDate } from '../../domain/dates';
import type { CompetencySection } from '../../domain/packet/assemblePacket';
import { applyDrafts, isNarrativeEdited } from '../../domain/packet/narrativeDraft';
import type { Framework, Packet } from '../../domain/types';

interface NarrativeFieldsProps {
  packet: Packet;
  /** The packet's competency sections, each with its selected evidence. */
  sections: readonly CompetencySection[];
  framework: Framework;
  /** First drafts from the packet's evidence, by competency id (`draftNarratives`); made on demand. */
  draft: () => Record<string, string>;
  update: (changes: Pick<Packet, 'narratives'> & Partial<Pick<Packet, 'draftedNarratives'>>) => void;
}

/** "A, B and C". */
function listed(names: readonly string[]): string {
  return names.length <= 1 ? (names[0] ?? '') : `${names.slice(0, -1).join(', ')} and ${names[names.length - 1] ?? ''}`;
}

/**
 * A narrative per competency, written beside the evidence it argues from. "Draft narratives" fills
 * every narrative the user has not edited with a first draft from the evidence; "Redraft" offers a
 * new draft beside the user's text, and changes nothing until the user chooses.
 */
export function NarrativeFields({ packet, sections, framework, draft, update }: NarrativeFieldsProps) {
  const [status, setStatus] = useState('');
  /** New drafts waiting for the user's choice, by competency id. */
  const [offers, setOffers] = useState<Record<string, string>>({});
  const { narratives } = packet;
  const nameOf = (id: string) => sections.find((section) => section.competencyId === id)?.name ?? id;

  if (sections.length === 0) {
    return <p className="muted">Select evidence tagged with competencies to write a narrative for each.</p>;
  }

  function draftAll() {
    const result = applyDrafts(packet, draft(), framework);
    update({ narratives: result.narratives, draftedNarratives: result.draftedNarratives });
    setOffers({});
    const drafted =
      result.drafted.length === 0
        ? 'No narrative was drafted.'
        : `Drafted ${result.drafted.length} ${result.drafted.length === 1 ? 'narrative' : 'narratives'} from your evidence.`;
    const kept =
      result.kept.length === 0 ? '' : ` Kept your text for ${listed(result.kept.map(nameOf))}: use Redraft to compare it with a new draft.`;
    setStatus(`${drafted}${kept}`);
  }

  function redraft(competencyId: string) {
    setOffers({ ...offers, [competencyId]: draft()[competencyId] ?? '' });
  }

  function closeOffer(competencyId: string) {
    const { [competencyId]: _closed, ...rest } = offers;
    setOffers(rest);
  }

  function acceptOffer(competencyId: string, text: string) {
    update({
      narratives: { ...narratives, [competencyId]: text },
      draftedNarratives: { ...packet.draftedNarratives, [competencyId]: text },
    });
    closeOffer(competencyId);
  }

  const hasEvidence = sections.some((section) => section.evidence.length > 0);
  return (
    <div className="narratives">
      <div className="narratives-toolbar">
        <button type="button" disabled={!hasEvidence} onClick={draftAll}>
          Draft narratives
        </button>
        <span className="muted">First drafts from your evidence, strongest first. Narratives you have edited are kept.</span>
      </div>
      <p role="status" className="narratives-status">
        {status}
      </p>
      {sections.map((section) => {
        const id = section.competencyId;
        const offer = offers[id];
        const isEdited = isNarrativeEdited(packet, id);
        const isDrafted = !isEdited && (narratives[id] ?? '') !== '' && narratives[id] === packet.draftedNarratives?.[id];
        return (
          <section key={id} className={offer === undefined ? 'narrative' : 'narrative has-offer'} aria-label={section.name}>
            <div className="narrative-text">
              <Field label={`Narrative for ${section.name}`}>
                {(fieldId) => (
                  <textarea
                    id={fieldId}
                    rows={isDrafted || isEdited ? 8 : 4}
                    value={narratives[id] ?? ''}
                    placeholder="What this evidence shows, in a few sentences a committee can check against it."
                    onChange={(event) => update({ narratives: { ...narratives, [id]: event.target.value } })}
                  />
                )}
              </Field>
              <div className="narrative-actions">
                {section.evidence.length > 0 && (
                  <button type="button" className="link-button" onClick={() => redraft(id)}>
                    Redraft
                  </button>
                )}
                <span className="muted">{isEdited ? 'Your text' : isDrafted ? 'First draft: edit it freely' : ''}</span>
              </div>
              {offer !== undefined && (
                <div className="redraft-offer" role="group" aria-label={`New draft for ${section.name}`}>
                  <p className="redraft-heading">New draft</p>
                  {offer === (narratives[id] ?? '') ? (
                    <p className="muted">The new draft is the same as the narrative now.</p>
                  ) : (
                    <p className="redraft-text">{offer || 'There is no evidence to draft from.'}</p>
                  )}
                  <div className="button-row">
                    <button type="button" className="primary" disabled={offer === ''} onClick={() => acceptOffer(id, offer)}>
                      Use the new draft
                    </button>
                    <button type="button" onClick={() => closeOffer(id)}>
                      Keep my text
                    </button>
                  </div>
                </div>
              )}
            </div>
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
        );
      })}
    </div>
  );
}
