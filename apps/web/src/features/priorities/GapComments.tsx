import { useMutation, useQuery } from '@apollo/client/react';
import type { Locale } from '@ruamsang/shared';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDate, formatTime } from '../../app/dates';
import { errorsOf } from '../../app/errors';
import { graphql } from '../../gql';

const COMMENTS = graphql(`
  query GapComments($campaignId: ID!, $competencyCode: String!, $offset: Int!, $limit: Int!) {
    gapComments(campaignId: $campaignId, competencyCode: $competencyCode, offset: $offset, limit: $limit) {
      total
      items {
        id
        body
        createdAt
        author {
          id
          displayName
          role
        }
      }
    }
  }
`);

const ADD_COMMENT = graphql(`
  mutation AddGapComment($campaignId: ID!, $competencyCode: String!, $body: String!) {
    addGapComment(campaignId: $campaignId, competencyCode: $competencyCode, body: $body) {
      id
    }
  }
`);

const PAGE_SIZE = 5;

/** The comment thread on one gap, oldest first, a page at a time, with a box to add one. */
export function GapComments({ campaignId, competencyCode, onAdded }: { campaignId: string; competencyCode: string; onAdded: () => void }) {
  const { t, i18n } = useTranslation();
  const locale = i18n.language as Locale;
  const [offset, setOffset] = useState(0);
  const [body, setBody] = useState('');
  const { data, loading, error, refetch } = useQuery(COMMENTS, { variables: { campaignId, competencyCode, offset, limit: PAGE_SIZE } });
  const [add, adding] = useMutation(ADD_COMMENT);
  const page = data?.gapComments;
  const { message, fields } = errorsOf(adding.error);
  const fieldId = `comment-${competencyCode}`;

  async function submit(event: FormEvent) {
    event.preventDefault();
    const result = await add({ variables: { campaignId, competencyCode, body } }).catch(() => null);
    if (result?.data) {
      setBody('');
      const total = (page?.total ?? 0) + 1;
      const lastPage = Math.floor((total - 1) / PAGE_SIZE) * PAGE_SIZE;
      if (lastPage !== offset) setOffset(lastPage);
      else void refetch();
      onAdded();
    }
  }

  return (
    <section className="comments" aria-label={t('priorities.commentsOn', { code: competencyCode })}>
      {loading && !page && (
        <p className="loading" role="status">
          {t('common.loading')}
        </p>
      )}
      {error && (
        <p className="error" role="alert">
          {errorsOf(error).message}
        </p>
      )}
      {page && page.total === 0 && <p className="empty">{t('priorities.noComments')}</p>}
      {page && page.items.length > 0 && (
        <ol className="comment-list">
          {page.items.map((c) => (
            <li key={c.id}>
              <p className="comment-meta">
                <strong>{c.author?.displayName ?? t('priorities.erasedAuthor')}</strong>
                {c.author && <span className="muted"> · {t(`role.${c.author.role}`)}</span>}
                <span className="muted">
                  {' '}
                  · <time dateTime={c.createdAt}>{`${formatDate(c.createdAt, locale)} ${formatTime(c.createdAt, locale)}`}</time>
                </span>
              </p>
              <p className="comment-body">{c.body}</p>
            </li>
          ))}
        </ol>
      )}
      {page && page.total > PAGE_SIZE && (
        <nav className="pager" aria-label={t('priorities.commentPages')}>
          <button type="button" className="secondary" disabled={offset === 0} onClick={() => setOffset(Math.max(0, offset - PAGE_SIZE))}>
            {t('common.previous')}
          </button>
          <span>{t('common.pageOf', { from: offset + 1, to: offset + page.items.length, total: page.total })}</span>
          <button type="button" className="secondary" disabled={offset + PAGE_SIZE >= page.total} onClick={() => setOffset(offset + PAGE_SIZE)}>
            {t('common.next')}
          </button>
        </nav>
      )}
      <form onSubmit={(e) => void submit(e)} className="comment-form" noValidate>
        <label htmlFor={fieldId}>{t('priorities.addComment')}</label>
        <textarea
          id={fieldId}
          value={body}
          maxLength={1000}
          rows={2}
          onChange={(e) => {
            adding.reset();
            setBody(e.target.value);
          }}
          aria-invalid={!!fields['body']}
          aria-describedby={`${fieldId}-hint`}
        />
        <span className="hint" id={`${fieldId}-hint`}>
          {fields['body'] ?? t('priorities.commentHint', { count: body.length })}
        </span>
        {message && !fields['body'] && (
          <p className="error" role="alert">
            {message}
          </p>
        )}
        <div className="actions">
          <button type="submit" disabled={adding.loading || !body.trim()}>
            {adding.loading ? t('common.saving') : t('priorities.postComment')}
          </button>
        </div>
      </form>
    </section>
  );
}
