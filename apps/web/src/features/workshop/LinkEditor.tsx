import { useMutation } from '@apollo/client/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorsOf } from '../../app/errors';
import { graphql } from '../../gql';
import type { WorkshopItemKind } from '../../gql/graphql';

const LINK = graphql(`
  mutation LinkWorkshopItem($input: WorkshopLinkInput!) {
    linkWorkshopItem(input: $input) {
      id
    }
  }
`);

const UNLINK = graphql(`
  mutation UnlinkWorkshopItem($input: WorkshopLinkInput!) {
    unlinkWorkshopItem(input: $input)
  }
`);

export interface LinkContext {
  readonly campaignId: string;
  readonly campaignTitle: string;
  readonly frameworkId: string;
  readonly competencies: readonly { code: string; label: string }[];
}

export interface LinkView {
  readonly id: string;
  readonly competencyCode: string;
  readonly campaignId?: string | null;
  readonly frameworkId: string;
}

/** The competencies and gaps a workshop item is linked to; those who may edit can add and remove links. */
export function LinkEditor({
  kind,
  itemId,
  links,
  context,
  canEdit,
  onChange,
}: {
  kind: WorkshopItemKind;
  itemId: string;
  links: readonly LinkView[];
  context: LinkContext | null;
  canEdit: boolean;
  onChange: () => void;
}) {
  const { t } = useTranslation();
  const [code, setCode] = useState('');
  const [asGap, setAsGap] = useState(true);
  const [link, linking] = useMutation(LINK);
  const [unlink, unlinking] = useMutation(UNLINK);
  const label = (c: string) => context?.competencies.find((x) => x.code === c)?.label ?? '';
  const chosen = code || context?.competencies[0]?.code || '';
  const error = linking.error ?? unlinking.error;

  async function add() {
    if (!context || !chosen) return;
    const target = asGap ? { campaignId: context.campaignId } : { frameworkId: context.frameworkId };
    const result = await link({ variables: { input: { itemKind: kind, itemId, competencyCode: chosen, ...target } } }).catch(() => null);
    if (result?.data) onChange();
  }

  async function remove(l: LinkView) {
    if (!window.confirm(t('workshop.confirmUnlink', { code: l.competencyCode }))) return;
    const target = l.campaignId ? { campaignId: l.campaignId } : { frameworkId: l.frameworkId };
    const result = await unlink({ variables: { input: { itemKind: kind, itemId, competencyCode: l.competencyCode, ...target } } }).catch(() => null);
    if (result?.data) onChange();
  }

  return (
    <div className="links">
      <h4>{t('workshop.links')}</h4>
      {links.length === 0 ? (
        <p className="empty">{t('workshop.noLinks')}</p>
      ) : (
        <ul className="chips">
          {links.map((l) => (
            <li key={l.id} className="chip">
              <span className="code">{l.competencyCode}</span> {label(l.competencyCode)}{' '}
              <span className="muted">{l.campaignId ? t('workshop.gapLink') : t('workshop.competencyLink')}</span>
              {canEdit && (
                <button type="button" className="link" onClick={() => void remove(l)} aria-label={t('workshop.unlink', { code: l.competencyCode })}>
                  ×
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
      {canEdit && context && (
        <div className="link-form">
          <label>
            {t('workshop.linkCompetency')}
            <select value={chosen} onChange={(e) => setCode(e.target.value)}>
              {context.competencies.map((c) => (
                <option key={c.code} value={c.code}>
                  {c.code} {c.label}
                </option>
              ))}
            </select>
          </label>
          <label className="inline">
            <input type="checkbox" checked={asGap} onChange={(e) => setAsGap(e.target.checked)} />
            {t('workshop.asGap', { campaign: context.campaignTitle })}
          </label>
          <button type="button" className="secondary" onClick={() => void add()} disabled={linking.loading || !chosen}>
            {t('workshop.link')}
          </button>
        </div>
      )}
      {error && (
        <p className="error" role="alert">
          {errorsOf(error).message}
        </p>
      )}
    </div>
  );
}
