import type { Locale } from '@ruamsang/shared';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { formatDate } from '../../app/dates';
import { pick } from '../curricula/text';
import { DomainEditor } from './DomainEditor';
import { ExportLinks } from './ExportLinks';
import { moved, newDomain } from './framework-draft';
import { TextFields } from './TextFields';
import { useFrameworkEditor, useStandardLevels } from './useFrameworkEditor';
import './frameworks.css';

function Editor({ id }: { id: string }) {
  const { t, i18n } = useTranslation();
  const locale = i18n.language as Locale;
  const editor = useFrameworkEditor(id);
  const standardLevels = useStandardLevels();
  const { framework, draft } = editor;
  if (editor.loading && !framework) return <p className="loading">{t('common.loading')}</p>;
  if (!framework || !draft) return <p className="error">{editor.loadError ?? t('common.error')}</p>;
  const readOnly = !editor.editable || editor.busy;
  return (
    <div className="page fw-page">
      <p>
        <Link to="/frameworks">{t('frameworkEditor.back')}</Link>
      </p>
      <h1>
        {pick(framework.name, locale)} <span className="code">{framework.code}</span>
      </h1>
      <p>
        <span className={framework.status === 'DRAFT' ? 'badge fw-draft' : 'badge fw-published'}>{t(`frameworkEditor.status.${framework.status}`)}</span>{' '}
        {t('frameworkEditor.versionN', { version: framework.version })}
        {framework.publishedAt && <> · {t('frameworkEditor.publishedOn', { date: formatDate(framework.publishedAt, locale) })}</>}
      </p>
      {!editor.editable && <p className="callout">{t('frameworkEditor.frozen')}</p>}
      {editor.alert && (
        <p className="warning" role="alert" id="framework-alert" tabIndex={-1}>
          {editor.alert}
        </p>
      )}
      {editor.notice && (
        <p className="notice" role="status">
          {editor.notice}
        </p>
      )}
      <form
        onSubmit={(e) => {
          e.preventDefault();
          void editor.save();
        }}
        noValidate
        aria-label={t('frameworkEditor.editorLabel')}
      >
        <section className="card">
          <h2>{t('frameworkEditor.about')}</h2>
          <TextFields legend={t('frameworkEditor.frameworkName')} path="name" value={draft.name} required disabled={readOnly} onChange={(name) => editor.edit((d) => ({ ...d, name }))} messageFor={editor.messageFor} />
          <TextFields legend={t('frameworkEditor.description')} path="description" value={draft.description} multiline disabled={readOnly} onChange={(description) => editor.edit((d) => ({ ...d, description }))} messageFor={editor.messageFor} />
        </section>
        <h2>{t('frameworkEditor.domains')}</h2>
        {editor.messageFor('domains') && <p className="field-error">{editor.messageFor('domains')}</p>}
        {draft.domains.length === 0 && <p className="empty">{t('frameworkEditor.noDomains')}</p>}
        {draft.domains.map((domain, i) => (
          <DomainEditor
            key={domain.key}
            domain={domain}
            index={i}
            count={draft.domains.length}
            readOnly={readOnly}
            standardLevels={standardLevels}
            onChange={(change) => editor.edit((d) => ({ ...d, domains: d.domains.map((old) => (old.key === domain.key ? change(old) : old)) }))}
            onMove={(step) => editor.edit((d) => ({ ...d, domains: moved(d.domains, i, step) }))}
            onRemove={() => editor.edit((d) => ({ ...d, domains: d.domains.filter((old) => old.key !== domain.key) }))}
            messageFor={editor.messageFor}
            hasMessagesUnder={editor.hasMessagesUnder}
          />
        ))}
        {editor.editable && (
          <div className="actions fw-footer">
            <button type="button" disabled={editor.busy} onClick={() => editor.edit((d) => ({ ...d, domains: [...d.domains, newDomain()] }))}>
              {t('frameworkEditor.addDomain')}
            </button>
            <button type="submit" className="primary" disabled={editor.busy}>
              {editor.busy ? t('common.saving') : t('frameworkEditor.save')}
            </button>
            <button type="button" disabled={editor.busy} onClick={() => void editor.publish()}>
              {t('frameworkEditor.publish')}
            </button>
          </div>
        )}
      </form>
      {!editor.editable && (
        <div className="actions">
          <button type="button" className="primary" disabled={editor.busy} onClick={() => void editor.newVersion()}>
            {t('frameworkEditor.newVersion')}
          </button>
        </div>
      )}
      <ExportLinks id={framework.id} code={framework.code} />
    </div>
  );
}

/** /frameworks/:id — a draft to edit, or a published version to read and copy into a new one. */
export default function FrameworkEditorPage() {
  const { id = '' } = useParams();
  // A new version is another page: start its state afresh.
  return <Editor key={id} id={id} />;
}
