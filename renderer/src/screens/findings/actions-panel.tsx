import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { actionDoneFields, actionFields, type CorrectiveAction, type Finding } from '../../../../shared/domain/findings';
import { formatDate } from '../../../../shared/format/dates';
import { localDate } from '../../../../shared/iso/dates';
import { actionsEditable } from '../../../../shared/iso/workflow';
import { useApiMutation } from '../../api/queries';
import { EmptyState } from '../../components/empty-state';
import { FormModal } from '../../components/form-modal';
import { useNotice } from '../../components/notice';
import { OverdueBadge } from './labels';

type Form = { kind: 'add' } | { kind: 'edit'; action: CorrectiveAction } | { kind: 'done'; action: CorrectiveAction };

/** The corrective actions: what, who, by when, and when it was done. */
export function ActionsPanel({ finding, actions }: { finding: Finding; actions: CorrectiveAction[] }) {
  const { t, i18n } = useTranslation();
  const notice = useNotice();
  const add = useApiMutation('findings.addAction', ['findings']);
  const update = useApiMutation('findings.updateAction', ['findings']);
  const complete = useApiMutation('findings.completeAction', ['findings']);
  const [form, setForm] = useState<Form | null>(null);
  const editable = actionsEditable(finding.status);
  const actionSpecs = [
    { name: 'description', label: t('findings.fields.description'), kind: 'textarea' as const, required: true },
    { name: 'owner', label: t('findings.fields.owner'), required: true },
    { name: 'dueDate', label: t('findings.fields.dueDate'), kind: 'date' as const, required: true },
  ];

  return (
    <div className="panel">
      <div className="panel__header">
        <h2>{t('findings.actions.title')}</h2>
        {editable && <button type="button" className="button button--primary button--small" onClick={() => setForm({ kind: 'add' })}>+ {t('findings.actions.add')}</button>}
      </div>
      {actions.length === 0 ? (
        <EmptyState title={t('findings.actions.none')} />
      ) : (
        <ul className="action-list" aria-label={t('findings.actions.list')}>
          {actions.map((a) => (
            <li key={a.id} className={`action${a.overdue ? ' action--overdue' : ''}${a.doneOn ? ' action--done' : ''}`}>
              <span className="list__title">{a.description}</span>
              <span className="action__meta">
                <span>{a.owner}</span>
                <span>{t('findings.actions.due', { date: formatDate(a.dueDate, i18n.language) })}</span>
                {a.doneOn ? <span className="badge badge--green">{t('findings.actions.done', { date: formatDate(a.doneOn, i18n.language) })}</span> : a.overdue && <OverdueBadge />}
              </span>
              {a.doneNote && <span className="action__meta">{a.doneNote}</span>}
              {editable && !a.doneOn && (
                <div className="button-row">
                  <button type="button" className="button button--small" onClick={() => setForm({ kind: 'done', action: a })}>✓ {t('findings.actions.markDone')}</button>
                  <button type="button" className="button button--ghost button--small" onClick={() => setForm({ kind: 'edit', action: a })}>{t('actions.edit')}</button>
                </div>
              )}
            </li>
          ))}
        </ul>
      )}

      {form?.kind === 'add' && (
        <FormModal
          title={t('findings.actions.add')}
          schema={actionFields}
          initial={{ description: '', owner: '', dueDate: '' }}
          fields={actionSpecs}
          onSubmit={async (fields) => {
            await add.mutateAsync({ findingId: finding.id, fields });
            notice(t('findings.actions.added'));
          }}
          onClose={() => setForm(null)}
        />
      )}
      {form?.kind === 'edit' && (
        <FormModal
          title={t('findings.actions.edit')}
          schema={actionFields}
          initial={{ description: form.action.description, owner: form.action.owner, dueDate: form.action.dueDate }}
          fields={actionSpecs}
          onSubmit={async (fields) => {
            await update.mutateAsync({ id: form.action.id, fields });
            notice(t('findings.updated'));
          }}
          onClose={() => setForm(null)}
        />
      )}
      {form?.kind === 'done' && (
        <FormModal
          title={t('findings.actions.markDoneTitle')}
          schema={actionDoneFields}
          initial={{ doneOn: localDate(new Date()), note: '' }}
          fields={[
            { name: 'doneOn', label: t('findings.fields.doneOn'), kind: 'date', required: true },
            { name: 'note', label: t('findings.fields.doneNote'), kind: 'textarea' },
          ]}
          onSubmit={async (fields) => {
            await complete.mutateAsync({ id: form.action.id, ...fields });
            notice(t('findings.actions.completed'));
          }}
          onClose={() => setForm(null)}
        />
      )}
    </div>
  );
}
