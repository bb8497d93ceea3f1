import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../../../shared/format/dates';
import { errorText } from '../../api/errors';
import { useApi, useApiMutation } from '../../api/queries';
import { AttachmentsPanel } from '../../components/attachments-panel';
import { ChangeTimeline } from '../../components/change-timeline';
import { href } from '../../shell/router';
import { FollowUpPanel } from './follow-up-panel';
import { describeProductHistory } from './history-text';
import { FollowUpBadge, OverdueBadge } from './labels';
import { ProductForm } from './product-form';

type Translate = (key: string, params?: Record<string, unknown>) => string;

/** One Ombudsman product: what it asks, its follow-up, its evidence and its history. */
export function ProductDetailScreen({ id }: { id: string }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const detail = useApi('ombudsman.get', { id });
  const attach = useApiMutation('ombudsman.attach', ['ombudsman']);
  const detach = useApiMutation('ombudsman.detach', ['ombudsman']);
  const [editing, setEditing] = useState(false);
  if (detail.error) {
    return (
      <section className="screen">
        <a className="back-link" href={href('ombudsman')}>← {t('ombudsman.detail.back')}</a>
        <p role="alert">{errorText(t, detail.error)}</p>
      </section>
    );
  }
  if (!detail.data) return <section className="screen"><p>{t('app.loading')}</p></section>;
  const { product: p, history, attachments } = detail.data;
  const writable = p.status !== 'tuntas';
  const date = (iso: string) => formatDate(iso, lang);

  return (
    <section className="screen">
      <a className="back-link" href={href('ombudsman', 'entity', p.entityId)}>← {t('ombudsman.detail.back')}</a>
      <header className="screen__header">
        <div>
          <h1>{t('ombudsman.detail.title', { kind: t(`ombudsman.kind.${p.kind}`), number: p.number })}</h1>
          <p className="screen__subtitle">{t('ombudsman.detail.issued', { entity: p.entityName, unit: p.unitName ?? t('ombudsman.noUnit'), date: date(p.issuedOn) })}</p>
          <div className="badge-row">
            <FollowUpBadge status={p.status} />
            {p.overdue && <OverdueBadge />}
          </div>
        </div>
        {writable && <button type="button" className="button" onClick={() => setEditing(true)}>{t('actions.edit')}</button>}
      </header>
      {!writable && <p className="banner banner--muted">{t('ombudsman.followUp.locked')}</p>}

      <div className="detail-grid">
        <div>
          <div className="panel">
            <h2 className="panel__header">{t('ombudsman.detail.record')}</h2>
            <dl className="record">
              <dt>{t('ombudsman.fields.kind')}</dt><dd>{t(`ombudsman.kind.${p.kind}`)}</dd>
              <dt>{t('ombudsman.fields.number')}</dt><dd>{p.number}</dd>
              <dt>{t('ombudsman.fields.issuedOn')}</dt><dd>{date(p.issuedOn)}</dd>
              <dt>{t('ombudsman.fields.request')}</dt><dd>{p.request}</dd>
              <dt>{t('ombudsman.fields.dueOn')}</dt><dd>{date(p.dueOn)}</dd>
            </dl>
          </div>
          <FollowUpPanel product={p} />
          <AttachmentsPanel
            attachments={attachments}
            writable={writable}
            attach={(file) => attach.mutateAsync({ productId: p.id, file })}
            detach={(sha256) => detach.mutateAsync({ productId: p.id, sha256 })}
            confirmRemove={(name) => t('ombudsman.attachments.confirmRemove', { name })}
            pending={attach.isPending}
          />
        </div>
        <div>
          <ChangeTimeline
            entries={history}
            describe={(h) => describeProductHistory(h, t as unknown as Translate, date)}
            title={t('ombudsman.history.title')}
            listLabel={t('ombudsman.history.list')}
            unknownActor={t('ombudsman.history.unknownActor')}
          />
        </div>
      </div>
      {editing && <ProductForm entityId={p.entityId} product={p} onClose={() => setEditing(false)} />}
    </section>
  );
}
