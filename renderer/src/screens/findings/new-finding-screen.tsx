import { useTranslation } from 'react-i18next';
import { localDate } from '../../../../shared/iso/dates';
import { useApi, useApiMutation } from '../../api/queries';
import { EmptyState } from '../../components/empty-state';
import { useNotice } from '../../components/notice';
import { href, navigate } from '../../shell/router';
import { FindingForm, toFields } from './finding-form';

/** Raising a finding: a page of its own, since a finding has more to say than a dialog holds. */
export function NewFindingScreen() {
  const { t } = useTranslation();
  const notice = useNotice();
  const settings = useApi('settings.get', {});
  const entities = useApi('entities.list', { search: '', includeArchived: false });
  const create = useApiMutation('findings.create', ['findings']);
  if (!settings.data || !entities.data) return <section className="screen"><p>{t('app.loading')}</p></section>;

  return (
    <section className="screen">
      <a className="back-link" href={href('findings')}>← {t('findings.detail.back')}</a>
      <header className="screen__header">
        <h1>{t('findings.newFinding')}</h1>
      </header>
      {entities.data.length === 0 ? (
        <EmptyState title={t('findings.list.empty')} hint={t('findings.list.noEntities')} action={<a className="button button--primary" href={href('registry')}>{t('nav.registry')}</a>} />
      ) : (
        <div className="panel">
          <FindingForm
            entityLocked={false}
            submitLabel={t('actions.save')}
            initial={{
              entityId: entities.data.length === 1 ? entities.data[0]!.id : '',
              unitId: '', clause: '', grade: 'major', requirement: '', statement: '', evidence: '',
              auditor: settings.data.auditorName, foundOn: localDate(new Date()), auditItemRef: '',
            }}
            onSubmit={async (draft) => {
              const finding = await create.mutateAsync({ entityId: draft.entityId, fields: toFields(draft) });
              notice(t('findings.created', { number: finding.number }));
              navigate('findings', finding.id);
            }}
            onCancel={() => navigate('findings')}
          />
        </div>
      )}
    </section>
  );
}
