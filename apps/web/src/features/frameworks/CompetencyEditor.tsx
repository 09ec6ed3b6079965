import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CompetencyDraft, TextDraft } from './framework-draft';
import { CodeField, MoveButtons, TextFields } from './TextFields';

/** One competency: code, names, description and the five level descriptors, each in th/en/ms. */
export function CompetencyEditor({
  competency,
  path,
  index,
  count,
  readOnly,
  onChange,
  onMove,
  onRemove,
  messageFor,
  invalid,
}: {
  invalid: boolean;
  competency: CompetencyDraft;
  path: string;
  index: number;
  count: number;
  readOnly: boolean;
  onChange: (change: Partial<CompetencyDraft>) => void;
  onMove: (step: -1 | 1) => void;
  onRemove: () => void;
  messageFor: (path: string) => string | undefined;
}) {
  const { t } = useTranslation();
  const label = competency.code || t('frameworkEditor.competencyNumber', { n: index + 1 });
  const parentMessage = messageFor(`${path}.parentCode`);
  // A new competency opens for typing; one the form or the API refused opens to show why.
  const [open, setOpen] = useState(!readOnly && !competency.code);
  return (
    <li className="fw-competency" style={competency.parentCode ? { marginInlineStart: '1rem' } : undefined}>
      <details open={open || invalid} onToggle={(e) => setOpen(e.currentTarget.open)}>
        <summary>
          <span className="code">{competency.code || '—'}</span> {competency.name.th}
          {competency.parentCode && <span className="muted small"> ({t('frameworkEditor.refines', { code: competency.parentCode })})</span>}
        </summary>
        <div className="fw-body">
          <CodeField label={t('frameworkEditor.competencyCode')} path={`${path}.code`} value={competency.code} disabled={readOnly} onChange={(code) => onChange({ code })} messageFor={messageFor} />
          {parentMessage && <p className="field-error">{parentMessage}</p>}
          <TextFields legend={t('frameworkEditor.competencyName')} path={`${path}.name`} value={competency.name} required disabled={readOnly} onChange={(name) => onChange({ name })} messageFor={messageFor} />
          <TextFields legend={t('frameworkEditor.description')} path={`${path}.description`} value={competency.description} multiline disabled={readOnly} onChange={(description) => onChange({ description })} messageFor={messageFor} />
          <fieldset className="fw-levels">
            <legend>{t('frameworkEditor.levels')}</legend>
            {competency.levels.map((level, l) => (
              <TextFields
                key={l}
                legend={t('frameworkEditor.levelLegend', { name: t(`tracking.level.${l + 1}`) })}
                path={`${path}.levelDescriptors.${l}`}
                value={level}
                required
                multiline
                disabled={readOnly}
                onChange={(value: TextDraft) => onChange({ levels: competency.levels.map((old, i) => (i === l ? value : old)) })}
                messageFor={messageFor}
              />
            ))}
          </fieldset>
        </div>
      </details>
      {!readOnly && (
        <MoveButtons
          name={label}
          index={index}
          count={count}
          onMove={onMove}
          onRemove={() => {
            if (window.confirm(t('frameworkEditor.confirmRemoveCompetency', { name: label }))) onRemove();
          }}
        />
      )}
    </li>
  );
}
