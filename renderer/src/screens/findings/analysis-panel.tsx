import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { MAX_WHYS, type Finding } from '../../../../shared/domain/findings';
import { isOpenStatus } from '../../../../shared/iso/workflow';
import { errorText } from '../../api/errors';
import { useApiMutation } from '../../api/queries';
import { Field } from '../../components/field';
import { useNotice } from '../../components/notice';

/** Clause 10.2.1 a) and b): the correction, then "why?" asked until the root cause shows. */
export function AnalysisPanel({ finding }: { finding: Finding }) {
  const { t } = useTranslation();
  const notice = useNotice();
  const save = useApiMutation('findings.saveAnalysis', ['findings']);
  const [correction, setCorrection] = useState(finding.correction);
  const [whys, setWhys] = useState(() => Array.from({ length: MAX_WHYS }, (_, i) => finding.whys[i] ?? ''));
  const [rootCause, setRootCause] = useState(finding.rootCause);
  const [error, setError] = useState('');
  const writable = isOpenStatus(finding.status);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setError('');
    try {
      await save.mutateAsync({ id: finding.id, fields: { correction, whys, rootCause } });
      notice(t('findings.analysis.saved'));
    } catch (e) {
      setError(errorText(t, e));
    }
  }

  return (
    <form className="panel" onSubmit={submit} noValidate>
      <h2 className="panel__header">{t('findings.analysis.title')}</h2>
      <Field label={t('findings.fields.correction')} hint={t('findings.analysis.correctionHint')}>
        {(p) => <textarea {...p} rows={2} value={correction} readOnly={!writable} onChange={(e) => setCorrection(e.target.value)} />}
      </Field>
      <fieldset className="whys" disabled={!writable}>
        <legend className="field__hint">{t('findings.analysis.whysTitle')} — {t('findings.analysis.whysHint')}</legend>
        {whys.map((why, i) => (
          <Field key={i} label={t('findings.analysis.why', { n: i + 1 })}>
            {(p) => <input {...p} value={why} onChange={(e) => setWhys((w) => w.map((v, j) => (j === i ? e.target.value : v)))} />}
          </Field>
        ))}
      </fieldset>
      <Field label={t('findings.fields.rootCause')}>
        {(p) => <textarea {...p} rows={2} value={rootCause} readOnly={!writable} onChange={(e) => setRootCause(e.target.value)} />}
      </Field>
      {error && <p className="form-error" role="alert">{error}</p>}
      {writable && (
        <div className="form-actions">
          <button type="submit" className="button button--primary button--small" disabled={save.isPending}>{t('findings.analysis.save')}</button>
        </div>
      )}
    </form>
  );
}
