import { useTranslation } from 'react-i18next';
import { CompetencyEditor } from './CompetencyEditor';
import { moved, newCompetency, type CompetencyDraft, type DomainDraft, type TextDraft } from './framework-draft';
import { CodeField, MoveButtons, TextFields } from './TextFields';

/** One domain: code, names, description and its competencies in order. */
export function DomainEditor({
  domain,
  index,
  count,
  readOnly,
  standardLevels,
  onChange,
  onMove,
  onRemove,
  messageFor,
  hasMessagesUnder,
}: {
  hasMessagesUnder: (prefix: string) => boolean;
  domain: DomainDraft;
  index: number;
  count: number;
  readOnly: boolean;
  standardLevels: TextDraft[];
  onChange: (change: (domain: DomainDraft) => DomainDraft) => void;
  onMove: (step: -1 | 1) => void;
  onRemove: () => void;
  messageFor: (path: string) => string | undefined;
}) {
  const { t } = useTranslation();
  const path = `domains.${index}`;
  const label = domain.code || t('frameworkEditor.domainNumber', { n: index + 1 });
  const setCompetencies = (change: (list: CompetencyDraft[]) => CompetencyDraft[]) => onChange((d) => ({ ...d, competencies: change(d.competencies) }));
  const headingId = `fw-domain-${domain.key}`;
  return (
    <section className="card fw-domain" aria-labelledby={headingId}>
      <h3 id={headingId}>
        {t('frameworkEditor.domainHeading', { n: index + 1 })} <span className="code">{domain.code}</span> {domain.name.th}
      </h3>
      <CodeField label={t('frameworkEditor.domainCode')} path={`${path}.code`} value={domain.code} disabled={readOnly} onChange={(code) => onChange((d) => ({ ...d, code }))} messageFor={messageFor} />
      <TextFields legend={t('frameworkEditor.domainName')} path={`${path}.name`} value={domain.name} required disabled={readOnly} onChange={(name) => onChange((d) => ({ ...d, name }))} messageFor={messageFor} />
      <TextFields legend={t('frameworkEditor.description')} path={`${path}.description`} value={domain.description} multiline disabled={readOnly} onChange={(description) => onChange((d) => ({ ...d, description }))} messageFor={messageFor} />
      <h4>{t('frameworkEditor.competencies')}</h4>
      {messageFor(`${path}.competencies`) && <p className="field-error">{messageFor(`${path}.competencies`)}</p>}
      {domain.competencies.length === 0 ? (
        <p className="empty">{t('frameworkEditor.noCompetencies')}</p>
      ) : (
        <ol className="fw-competencies">
          {domain.competencies.map((c, j) => (
            <CompetencyEditor
              key={c.key}
              competency={c}
              path={`${path}.competencies.${j}`}
              index={j}
              count={domain.competencies.length}
              readOnly={readOnly}
              onChange={(change) => setCompetencies((list) => list.map((old) => (old.key === c.key ? { ...old, ...change } : old)))}
              onMove={(step) => setCompetencies((list) => moved(list, j, step))}
              onRemove={() => setCompetencies((list) => list.filter((old) => old.key !== c.key))}
              messageFor={messageFor}
              invalid={hasMessagesUnder(`${path}.competencies.${j}.`)}
            />
          ))}
        </ol>
      )}
      {!readOnly && (
        <div className="actions">
          <button type="button" onClick={() => setCompetencies((list) => [...list, newCompetency(standardLevels)])}>
            {t('frameworkEditor.addCompetency', { domain: label })}
          </button>
        </div>
      )}
      {!readOnly && (
        <MoveButtons
          name={label}
          index={index}
          count={count}
          onMove={onMove}
          onRemove={() => {
            if (window.confirm(t('frameworkEditor.confirmRemoveDomain', { name: label, count: domain.competencies.length }))) onRemove();
          }}
        />
      )}
    </section>
  );
}
