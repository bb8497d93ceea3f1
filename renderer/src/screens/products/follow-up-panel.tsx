import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { FOLLOW_UP_STATUSES, followUpInput, type FollowUpStatus, type OmbudsmanProduct } from '../../../../shared/domain/products';
import { formatDate } from '../../../../shared/format/dates';
import { localDate } from '../../../../shared/iso/dates';
import { errorText } from '../../api/errors';
import { useApiMutation } from '../../api/queries';
import { FormModal } from '../../components/form-modal';
import { useNotice } from '../../components/notice';

/** The fields each status asks for, checked by the channel's own schema (the id is added here). */
const schemaFor = (id: string, status: FollowUpStatus) =>
  z.preprocess((v) => ({ ...(v as object), id, status }), followUpInput);

/**
 * The follow-up status as buttons. "Tuntas" asks who confirmed it and when; leaving "tuntas"
 * asks why (it takes the qualifier away); the other changes are one click.
 */
export function FollowUpPanel({ product: p }: { product: OmbudsmanProduct }) {
  const { t, i18n } = useTranslation();
  const notice = useNotice();
  const setStatus = useApiMutation('ombudsman.setStatus', ['ombudsman', 'reports']);
  const [dialog, setDialog] = useState<FollowUpStatus | null>(null);
  const [error, setError] = useState('');
  const today = localDate(new Date());

  async function choose(status: FollowUpStatus) {
    setError('');
    if (status === 'tuntas' || p.status === 'tuntas') return setDialog(status);
    try {
      await setStatus.mutateAsync({ id: p.id, status, note: '' });
      notice(t('ombudsman.statusChanged'));
    } catch (e) {
      setError(errorText(t, e));
    }
  }
  const submit = async (input: z.output<typeof followUpInput>) => {
    await setStatus.mutateAsync(input);
    notice(t('ombudsman.statusChanged'));
  };

  return (
    <div className="panel">
      <h2 className="panel__header">{t('ombudsman.followUp.title')}</h2>
      {p.status === 'tuntas' && p.completedOn && (
        <p className="banner banner--muted">{t('ombudsman.followUp.completedLine', { name: p.completedBy, date: formatDate(p.completedOn, i18n.language) })}</p>
      )}
      <div className="workflow" role="group" aria-label={t('ombudsman.followUp.title')}>
        {FOLLOW_UP_STATUSES.filter((s) => s !== p.status).map((s) => (
          <button key={s} type="button" className={`button button--small${s === 'tuntas' ? ' button--primary' : ''}`} disabled={setStatus.isPending} onClick={() => void choose(s)}>
            {t(`ombudsman.followUp.${s}`)}
          </button>
        ))}
      </div>
      {error && <p className="workflow__refusal" role="alert">{error}</p>}

      {dialog === 'tuntas' && (
        <FormModal
          title={t('ombudsman.followUp.tuntasTitle')}
          schema={schemaFor(p.id, 'tuntas')}
          initial={{ completedBy: '', completedOn: today, note: '' }}
          fields={[
            { name: 'completedBy', label: t('ombudsman.fields.completedBy'), required: true, placeholder: t('ombudsman.hints.completedBy') },
            { name: 'completedOn', label: t('ombudsman.fields.completedOn'), kind: 'date', required: true, min: p.issuedOn, max: today },
            { name: 'note', label: t('ombudsman.fields.note'), kind: 'textarea' },
          ]}
          onSubmit={submit}
          onClose={() => setDialog(null)}
        />
      )}
      {dialog && dialog !== 'tuntas' && (
        <FormModal
          title={t('ombudsman.followUp.reopenTitle')}
          schema={schemaFor(p.id, dialog)}
          initial={{ note: '' }}
          fields={[{ name: 'note', label: t('ombudsman.fields.note'), kind: 'textarea', required: true, placeholder: t('ombudsman.hints.reopen') }]}
          onSubmit={submit}
          onClose={() => setDialog(null)}
        />
      )}
    </div>
  );
}
