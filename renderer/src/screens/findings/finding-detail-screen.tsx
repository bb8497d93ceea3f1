import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../../../shared/format/dates';
import type { Finding } from '../../../../shared/domain/findings';
import { clauseLabel } from '../../../../shared/iso/clauses';
import { isOpenStatus } from '../../../../shared/iso/workflow';
import { errorText } from '../../api/errors';
import { useApi, useApiMutation } from '../../api/queries';
import { Modal } from '../../components/modal';
import { useNotice } from '../../components/notice';
import { href } from '../../shell/router';
import { ActionsPanel } from './actions-panel';
import { AnalysisPanel } from './analysis-panel';
import { AttachmentsPanel } from './attachments-panel';
import { FindingForm, toFields } from './finding-form';
import { HistoryTimeline } from './history-timeline';
import { GradeBadge, OverdueBadge, StatusBadge } from './labels';
import { WorkflowPanel } from './workflow-panel';

/** One finding: the record, the analysis, its actions and evidence, the next steps and its history. */
export function FindingDetailScreen({ id }: { id: string }) {
  const { t, i18n } = useTranslation();
  const detail = useApi('findings.get', { id });
  const [editing, setEditing] = useState(false);
  if (detail.error) {
    return (
      <section className="screen">
        <a className="back-link" href={href('findings')}>← {t('findings.detail.back')}</a>
        <p role="alert">{errorText(t, detail.error)}</p>
      </section>
    );
  }
  if (!detail.data) return <section className="screen"><p>{t('app.loading')}</p></section>;
  const { finding: f, actions, history, attachments } = detail.data;
  const writable = isOpenStatus(f.status);
  const lang = i18n.language === 'en' ? 'en' : 'id';

  return (
    <section className="screen">
      <a className="back-link" href={href('findings')}>← {t('findings.detail.back')}</a>
      <header className="screen__header">
        <div>
          <h1>{t('findings.numbered', { number: f.number })} · {clauseLabel(f.clause, lang)}</h1>
          <p className="screen__subtitle">
            {f.entityName} · {f.unitName ?? t('findings.noUnit')} · {t('findings.detail.foundBy', { date: formatDate(f.foundOn, i18n.language), auditor: f.auditor || '—' })}
          </p>
          <div className="badge-row">
            <GradeBadge grade={f.grade} />
            <StatusBadge status={f.status} />
            {f.overdue && <OverdueBadge />}
          </div>
        </div>
        {writable && <button type="button" className="button" onClick={() => setEditing(true)}>{t('actions.edit')}</button>}
      </header>

      <Stepper finding={f} />
      {f.status === 'rejected' && <p className="banner banner--muted">{t('findings.detail.rejected', { reason: f.rejectionReason })}</p>}
      {f.status === 'closed' && <p className="banner banner--muted">{t('findings.detail.closed', { date: f.closedOn ? formatDate(f.closedOn, i18n.language) : '—' })}</p>}
      <WorkflowPanel finding={f} />

      <div className="detail-grid">
        <div>
          <div className="panel">
            <h2 className="panel__header">{t('findings.detail.record')}</h2>
            <dl className="record">
              <dt>{t('findings.fields.requirement')}</dt><dd>{f.requirement || '—'}</dd>
              <dt>{t('findings.fields.statement')}</dt><dd>{f.statement}</dd>
              <dt>{t('findings.fields.evidence')}</dt><dd>{f.evidence || '—'}</dd>
              <dt>{t('findings.fields.auditItemRef')}</dt><dd>{f.auditItemRef || '—'}</dd>
              {f.verifiedOn && (
                <>
                  <dt>{t('findings.detail.verification')}</dt>
                  <dd>{f.verifiedBy}, {formatDate(f.verifiedOn, i18n.language)}{'\n'}{f.verificationNote}</dd>
                </>
              )}
            </dl>
          </div>
          <AnalysisPanel finding={f} />
          <AttachmentsPanel findingId={f.id} attachments={attachments} writable={writable} />
        </div>
        <div>
          <ActionsPanel finding={f} actions={actions} />
          <HistoryTimeline history={history} />
        </div>
      </div>
      {editing && <EditFinding finding={f} onClose={() => setEditing(false)} />}
    </section>
  );
}

const STEPS = ['open', 'action_planned', 'implemented', 'verified', 'closed'] as const;

/** Where the finding stands on the road of clause 10.2. */
function Stepper({ finding }: { finding: Finding }) {
  const { t } = useTranslation();
  if (finding.status === 'rejected') return null;
  const at = STEPS.indexOf(finding.status);
  return (
    <ol className="stepper" aria-label={t('findings.fields.status')}>
      {STEPS.map((s, i) => (
        <li key={s} className={i < at ? 'stepper--done' : i === at ? 'stepper--current' : undefined} aria-current={i === at ? 'step' : undefined}>
          {t(`findings.status.${s}`)}
        </li>
      ))}
    </ol>
  );
}

function EditFinding({ finding: f, onClose }: { finding: Finding; onClose: () => void }) {
  const { t } = useTranslation();
  const notice = useNotice();
  const update = useApiMutation('findings.update', ['findings']);
  return (
    <Modal title={t('findings.editFinding')} onClose={onClose}>
      <FindingForm
        entityLocked
        submitLabel={t('actions.save')}
        initial={{
          entityId: f.entityId, unitId: f.unitId ?? '', clause: f.clause, grade: f.grade, requirement: f.requirement,
          statement: f.statement, evidence: f.evidence, auditor: f.auditor, foundOn: f.foundOn, auditItemRef: f.auditItemRef,
        }}
        onSubmit={async (draft) => {
          await update.mutateAsync({ id: f.id, fields: toFields(draft) });
          notice(t('findings.updated'));
          onClose();
        }}
        onCancel={onClose}
      />
    </Modal>
  );
}
