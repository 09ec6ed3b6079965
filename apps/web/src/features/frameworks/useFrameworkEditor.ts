import { useMutation, useQuery } from '@apollo/client/react';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { errorsOf } from '../../app/errors';
import { draftOf, inputOf, problemsOf, withoutFieldPath, type FrameworkDraft, type TextDraft } from './framework-draft';
import { FRAMEWORK_DETAIL, FRAMEWORK_LIST, NEW_FRAMEWORK_VERSION, PUBLISH_FRAMEWORK, UPDATE_FRAMEWORK } from './frameworks.graphql';

/** The id of the input for an API field path, e.g. `domains.0.code` → `fw-domains-0-code`. */
export const fieldId = (path: string): string => `fw-${path.replace(/\./g, '-')}`;

/** The five standard level descriptors in every language, for a new competency. */
export function useStandardLevels(): TextDraft[] {
  const { t } = useTranslation();
  return useMemo(
    () => [1, 2, 3, 4, 5].map((level) => ({ th: t(`frameworkEditor.level.${level}`, { lng: 'th' }), en: t(`frameworkEditor.level.${level}`, { lng: 'en' }), ms: t(`frameworkEditor.level.${level}`, { lng: 'ms' }) })),
    [t],
  );
}

/**
 * The editor's state machine: the draft as loaded, the edits, the form's own checks and the
 * API's refusals (keyed by the same field paths), focus on the first field refused, saving,
 * publishing with a confirmation and starting a new version.
 */
export function useFrameworkEditor(id: string) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const detail = useQuery(FRAMEWORK_DETAIL, { variables: { id } });
  const framework = detail.data?.framework ?? null;
  // The draft as loaded (stable per answer, so list keys survive renders) and the edits made on it.
  const loaded = useMemo(() => (framework ? draftOf(framework) : null), [framework]);
  const [edited, setEdited] = useState<FrameworkDraft | null>(null);
  const draft = edited ?? loaded;
  const dirty = edited !== null;
  const [messages, setMessages] = useState<Record<string, string>>({});
  const [alert, setAlert] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const focusNext = useRef(false);
  const [update, updating] = useMutation(UPDATE_FRAMEWORK);
  const [publishMutation, publishing] = useMutation(PUBLISH_FRAMEWORK, { refetchQueries: [FRAMEWORK_LIST] });
  const [newVersionMutation, versioning] = useMutation(NEW_FRAMEWORK_VERSION, { refetchQueries: [FRAMEWORK_LIST] });

  // After a refused save, focus moves to the first field named (in the order of the page).
  useEffect(() => {
    if (!focusNext.current) return;
    focusNext.current = false;
    const first = document.querySelector<HTMLElement>('[aria-invalid="true"]');
    if (first) first.focus();
    else document.getElementById('framework-alert')?.focus();
  }, [messages, alert]);

  const edit = useCallback(
    (change: (draft: FrameworkDraft) => FrameworkDraft) => {
      setEdited((current) => {
        const base = current ?? loaded;
        return base ? change(base) : current;
      });
      setNotice(null);
    },
    [loaded],
  );

  const showRefusal = (fields: Record<string, string>, message: string | null) => {
    setMessages(fields);
    setAlert(Object.keys(fields).length === 0 ? message : t('frameworkEditor.fixFields'));
    focusNext.current = true;
  };

  const save = async (): Promise<boolean> => {
    if (!draft) return false;
    setNotice(null);
    const problems = problemsOf(draft);
    if (Object.keys(problems).length > 0) {
      showRefusal(Object.fromEntries(Object.entries(problems).map(([field, p]) => [field, t(`frameworkEditor.errors.${p.key}`, p.params ?? {})])), null);
      return false;
    }
    try {
      await update({ variables: { id, input: inputOf(draft) } });
    } catch (error) {
      const { message, fields } = errorsOf(error);
      showRefusal(Object.fromEntries(Object.entries(fields).map(([field, text]) => [field, withoutFieldPath(field, text)])), message);
      return false;
    }
    setMessages({});
    setAlert(null);
    await detail.refetch();
    setEdited(null);
    setNotice(t('frameworkEditor.saved'));
    return true;
  };

  const publish = async () => {
    if (!framework) return;
    if (dirty && !(await save())) return;
    if (!window.confirm(t('frameworkEditor.confirmPublish', { code: framework.code, version: framework.version }))) return;
    try {
      await publishMutation({ variables: { id } });
      await detail.refetch();
      setAlert(null);
      setNotice(t('frameworkEditor.publishedNotice'));
    } catch (error) {
      showRefusal({}, errorsOf(error).message);
    }
  };

  const newVersion = async () => {
    try {
      const made = await newVersionMutation({ variables: { id } });
      const next = made.data?.createFrameworkVersion.id;
      if (next) void navigate(`/frameworks/${next}`);
    } catch (error) {
      showRefusal({}, errorsOf(error).message);
    }
  };

  return {
    loading: detail.loading,
    loadError: detail.error ? errorsOf(detail.error).message : null,
    framework,
    draft,
    dirty,
    editable: framework?.status === 'DRAFT',
    edit,
    messageFor: (path: string): string | undefined => messages[path],
    hasMessagesUnder: (prefix: string): boolean => Object.keys(messages).some((field) => field.startsWith(prefix)),
    alert,
    notice,
    busy: updating.loading || publishing.loading || versioning.loading,
    save,
    publish,
    newVersion,
  };
}

export type FrameworkEditor = ReturnType<typeof useFrameworkEditor>;
