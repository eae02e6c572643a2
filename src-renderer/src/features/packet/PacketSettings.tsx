import { Field } from '../../components/Field';
import { SelectField } from '../../components/SelectField';
import { withRedaction } from '../../domain/packet/packet';
import type { Packet } from '../../domain/types';
import { IncludeImagesOption } from './IncludeImagesOption';

interface PacketSettingsProps {
  packet: Packet;
  update: (changes: Partial<Packet>) => void;
}

/** Title, people and period of a packet, and how it prints. */
export function PacketSettings({ packet, update }: PacketSettingsProps) {
  const setOption = (changes: Partial<Packet['options']>) => update({ options: { ...packet.options, ...changes } });
  return (
    <fieldset className="packet-settings">
      <legend>Packet</legend>
      <Field label="Title">
        {(id) => <input id={id} value={packet.title} maxLength={200} onChange={(event) => update({ title: event.target.value })} />}
      </Field>
      <div className="field-row">
        <Field label="Your name">
          {(id) => <input id={id} value={packet.authorName} onChange={(event) => update({ authorName: event.target.value })} />}
        </Field>
        <Field label="Current role">
          {(id) => <input id={id} value={packet.currentRole} onChange={(event) => update({ currentRole: event.target.value })} />}
        </Field>
        <Field label="Target role">
          {(id) => <input id={id} value={packet.targetRole} onChange={(event) => update({ targetRole: event.target.value })} />}
        </Field>
      </div>
      <div className="field-row">
        <Field label="Period from" className="field narrow-wide">
          {(id) => (
            <input
              id={id}
              type="date"
              value={packet.periodStart}
              onChange={(event) => event.target.value && update({ periodStart: event.target.value })}
            />
          )}
        </Field>
        <Field label="Period to" className="field narrow-wide">
          {(id) => (
            <input
              id={id}
              type="date"
              value={packet.periodEnd}
              onChange={(event) => event.target.value && update({ periodEnd: event.target.value })}
            />
          )}
        </Field>
        <SelectField
          label="Page size"
          className="field narrow"
          value={packet.options.pageSize}
          onChange={(value) => setOption({ pageSize: value === 'Letter' ? 'Letter' : 'A4' })}
        >
          <option value="A4">A4</option>
          <option value="Letter">Letter</option>
        </SelectField>
      </div>
      <div className="packet-options">
        <label className="checkbox-label">
          <input
            type="checkbox"
            checked={packet.options.redactPeople}
            onChange={(event) => update({ options: withRedaction(packet.options, event.target.checked) })}
          />
          <span>Redact people</span>
        </label>
        <label className="checkbox-label">
          <input
            type="checkbox"
            checked={packet.options.includeReviews}
            onChange={(event) => setOption({ includeReviews: event.target.checked })}
          />
          <span>Include quarterly review summaries</span>
        </label>
        <label className="checkbox-label">
          <input
            type="checkbox"
            checked={packet.options.includeAppendix}
            onChange={(event) => setOption({ includeAppendix: event.target.checked })}
          />
          <span>Include an appendix of all evidence</span>
        </label>
        <IncludeImagesOption options={packet.options} onChange={(includeImages) => setOption({ includeImages })} />
        <label className="checkbox-label">
          <input
            type="checkbox"
            checked={packet.options.onePage === true}
            onChange={(event) => setOption({ onePage: event.target.checked })}
          />
          <span>One-page summary</span>
        </label>
      </div>
      <Field label="Overall summary">
        {(id) => (
          <textarea
            id={id}
            rows={4}
            value={packet.summary}
            placeholder="The case in a paragraph: the scope you reached, and why you are ready for the next role."
            onChange={(event) => update({ summary: event.target.value })}
          />
        )}
      </Field>
    </fieldset>
  );
}
