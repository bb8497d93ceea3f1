import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { closeFields, reasonFields, verificationFields, type Finding } from '../../../../shared/domain/findings';
import { localDate } from '../../../../shared/iso/dates';
import { allowedCommands, blockedNextStep, decide, MAIN_ROAD, type WorkflowCommand } from '../../../../shared/iso/workflow';
import { tKey, errorText } from '../../api/errors';
import { useApi, useApiMutation } from '../../api/queries';
import { FormModal } from '../../components/form-modal';
import { useNotice } from '../../components/notice';

type Dialog = 'verify' | 'close' | 'reason';
const DIALOG: Partial<Record<WorkflowCommand, Dialog>> = { verify: 'verify', close: 'close', notEffective: 'reason', reject: 'reason', reopen: 'reason' };

/**
 * The steps a finding can take now, as buttons (the one on clause 10.2's road is primary), by
 * the same rules main enforces; when the next step on that road must wait, the panel says for
 * what (an action, the root cause, finished actions) instead of offering a button to refuse.
 */
export function WorkflowPanel({ finding }: { finding: Finding }) {
  const { t } = useTranslation();
  const notice = useNotice();
  const settings = useApi('settings.get', {});
  const transition = useApiMutation('findings.transition', ['findings']);
  const [refusal, setRefusal] = useState('');
  const [dialog, setDialog] = useState<{ command: WorkflowCommand; kind: Dialog } | null>(null);
  const state = {
    status: finding.status, grade: finding.grade, actionCount: finding.actionCount,
    openActionCount: finding.openActionCount, hasRootCause: finding.rootCause.trim() !== '',
  };
  const commands = allowedCommands(state);
  const waiting = blockedNextStep(state);
  if (commands.length === 0 && !waiting) return null;
  const today = localDate(new Date());
  const done = (status: Finding['status']) => notice(t('findings.workflow.done', { status: t(`findings.status.${status}`) }));
  async function start(command: WorkflowCommand) {
    const decision = decide(state, command);
    if (!decision.ok) return setRefusal(tKey(t, `findings.refused.${decision.reason}`));
    setRefusal('');
    const kind = DIALOG[command];
    if (kind) return setDialog({ command, kind });
    try {
      const after = await transition.mutateAsync({ id: finding.id, command } as { id: string; command: 'plan' | 'implement' });
      done(after.status);
    } catch (error) {
      setRefusal(errorText(t, error));
    }
  }
  const submit = async (extra: Record<string, unknown>) => {
    const after = await transition.mutateAsync({ id: finding.id, command: dialog!.command, ...extra } as never);
    done(after.status);
  };
  const title = dialog ? t(`findings.workflow.${dialog.command}`) : '';

  return (
    <div className="panel workflow-panel">
      <div className="workflow" role="group" aria-label={t('findings.detail.workflow')}>
        <strong>{t('findings.detail.workflow')}:</strong>
        {commands.map((c) => (
          <button
            key={c}
            type="button"
            className={`button button--small${MAIN_ROAD.includes(c) ? ' button--primary' : ''}`}
            disabled={transition.isPending}
            onClick={() => void start(c)}
          >
            {t(`findings.workflow.${c}`)}
          </button>
        ))}
      </div>
      {waiting && (
        <p className="workflow__waiting">
          {t('findings.workflow.waiting', { step: t(`findings.workflow.${waiting.command}`), reason: tKey(t, `findings.refused.${waiting.reason}`) })}
        </p>
      )}
      {refusal && <p className="workflow__refusal" role="alert">{refusal}</p>}

      {dialog?.kind === 'verify' && (
        <FormModal
          title={title}
          schema={verificationFields}
          initial={{ verifiedBy: settings.data?.auditorName ?? '', verifiedOn: today, note: '' }}
          fields={[
            { name: 'verifiedBy', label: t('findings.fields.verifiedBy'), required: true },
            { name: 'verifiedOn', label: t('findings.fields.verifiedOn'), kind: 'date', required: true },
            { name: 'note', label: t('findings.fields.verificationNote'), kind: 'textarea', required: true, placeholder: t('findings.placeholders.verificationNote') },
          ]}
          onSubmit={submit}
          onClose={() => setDialog(null)}
        />
      )}
      {dialog?.kind === 'reason' && (
        <FormModal
          title={title}
          schema={reasonFields}
          initial={{ reason: '' }}
          fields={[{ name: 'reason', label: t('findings.workflow.reason'), kind: 'textarea', required: true, placeholder: t('findings.placeholders.reason') }]}
          onSubmit={submit}
          onClose={() => setDialog(null)}
        />
      )}
      {dialog?.kind === 'close' && (
        <FormModal
          title={title}
          schema={closeFields}
          initial={{ closedOn: today, note: '' }}
          fields={[
            { name: 'closedOn', label: t('findings.fields.closedOn'), kind: 'date', required: true, min: finding.verifiedOn ?? finding.foundOn, max: today },
            { name: 'note', label: t('findings.workflow.closeNote'), kind: 'textarea' },
          ]}
          onSubmit={submit}
          onClose={() => setDialog(null)}
        />
      )}
    </div>
  );
}
