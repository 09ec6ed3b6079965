import { useMutation, useQuery } from '@apollo/client/react';
import type { Locale } from '@ruamsang/shared';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { errorsOf } from '../../app/errors';
import { pick } from '../curricula/text';
import { problemsOf, withoutFieldPath, emptyText } from './framework-draft';
import { ImportPanel } from './ImportPanel';
import { CREATE_FRAMEWORK, FRAMEWORK_LIST } from './frameworks.graphql';
import { CodeField, TextFields } from './TextFields';
import './frameworks.css';

/** A new draft: its code and name; the editor takes it from there. */
function NewFramework() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [code, setCode] = useState('');
  const [name, setName] = useState(emptyText());
  const [messages, setMessages] = useState<Record<string, string>>({});
  const [alert, setAlert] = useState<string | null>(null);
  const focusNext = useRef(false);
  const [create, creating] = useMutation(CREATE_FRAMEWORK, { refetchQueries: [FRAMEWORK_LIST] });
  useEffect(() => {
    if (!focusNext.current) return;
    focusNext.current = false;
    (document.querySelector<HTMLElement>('#fw-new [aria-invalid="true"]') ?? document.getElementById('fw-new-alert'))?.focus();
  }, [messages, alert]);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    // The form's own checks of the code and the Thai name, the API's limits (libs/shared).
    const own = problemsOf({ name, description: emptyText(), domains: [{ key: 'new', code, name: { th: 'x', en: '', ms: '' }, description: emptyText(), competencies: [] }] });
    const mine: Record<string, string> = {};
    if (own['domains.0.code']) mine['code'] = t(`frameworkEditor.errors.${own['domains.0.code'].key}`, own['domains.0.code'].params ?? {});
    for (const lang of ['th', 'en', 'ms']) if (own[`name.${lang}`]) mine[`name.${lang}`] = t(`frameworkEditor.errors.${own[`name.${lang}`]!.key}`, own[`name.${lang}`]!.params ?? {});
    focusNext.current = true;
    if (Object.keys(mine).length > 0) {
      setMessages(mine);
      setAlert(null);
      return;
    }
    try {
      const made = await create({ variables: { input: { code: code.trim(), name: { th: name.th.trim(), en: name.en.trim() || null, ms: name.ms.trim() || null }, domains: [] } } });
      if (made.data) void navigate(`/frameworks/${made.data.createFramework.id}`);
    } catch (error) {
      const { message, fields } = errorsOf(error);
      setMessages(Object.fromEntries(Object.entries(fields).map(([field, text]) => [field, withoutFieldPath(field, text)])));
      setAlert(Object.keys(fields).length === 0 ? message : null);
    }
  };

  return (
    <form id="fw-new" className="card" onSubmit={(e) => void submit(e)} noValidate aria-labelledby="fw-new-title">
      <h2 id="fw-new-title">{t('frameworkEditor.new')}</h2>
      {alert && (
        <p className="warning" role="alert" id="fw-new-alert" tabIndex={-1}>
          {alert}
        </p>
      )}
      <CodeField label={t('frameworkEditor.frameworkCode')} path="code" value={code} onChange={setCode} messageFor={(path) => messages[path]} />
      <TextFields legend={t('frameworkEditor.frameworkName')} path="name" value={name} required onChange={setName} messageFor={(path) => messages[path]} />
      <div className="actions">
        <button type="submit" className="primary" disabled={creating.loading}>
          {t('frameworkEditor.create')}
        </button>
      </div>
    </form>
  );
}

/** /frameworks — every version of every framework, a new draft, and imports. */
export default function FrameworksPage() {
  const { t, i18n } = useTranslation();
  const locale = i18n.language as Locale;
  const list = useQuery(FRAMEWORK_LIST);
  const frameworks = list.data?.frameworks ?? [];
  return (
    <div className="page fw-page">
      <h1>{t('frameworkEditor.title')}</h1>
      <p>{t('frameworkEditor.intro')}</p>
      <section className="card" aria-labelledby="fw-list-title">
        <h2 id="fw-list-title">{t('frameworkEditor.listTitle')}</h2>
        {list.loading && !list.data ? (
          <p className="loading">{t('common.loading')}</p>
        ) : list.error ? (
          <p className="error">{errorsOf(list.error).message}</p>
        ) : frameworks.length === 0 ? (
          <p className="empty">{t('frameworkEditor.empty')}</p>
        ) : (
          <div className="table-wrap" tabIndex={0}>
            <table>
              <caption className="visually-hidden">{t('frameworkEditor.listTitle')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('frameworkEditor.code')}</th>
                  <th scope="col">{t('frameworkEditor.name')}</th>
                  <th scope="col" className="num">
                    {t('frameworkEditor.version')}
                  </th>
                  <th scope="col">{t('frameworkEditor.statusHeader')}</th>
                </tr>
              </thead>
              <tbody>
                {frameworks.map((f) => (
                  <tr key={f.id}>
                    <td>
                      <Link to={`/frameworks/${f.id}`} className="code">
                        {f.code}
                      </Link>
                    </td>
                    <td>{pick(f.name, locale)}</td>
                    <td className="num">{f.version}</td>
                    <td>
                      <span className={f.status === 'DRAFT' ? 'badge fw-draft' : 'badge fw-published'}>{t(`frameworkEditor.status.${f.status}`)}</span>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>
      <NewFramework />
      <ImportPanel onImported={() => void list.refetch()} />
    </div>
  );
}
