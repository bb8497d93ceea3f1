import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { WrittenPackageInfo } from '../../../../shared/contract/packages';
import { transferPasswordSchema, type PackageExportInput } from '../../../../shared/domain/packages';
import type { TemplateGroup } from '../../../../shared/methodology/template-schema';
import { call } from '../../api/client';
import { errorText, tKey } from '../../api/errors';
import { Field } from '../../components/field';
import { Modal } from '../../components/modal';
import { useLocalized } from '../audits/audit-text';
import { formatBytes } from './format-bytes';
import { PasswordFields } from './password-fields';
import './packages.css';

interface ExportPackageDialogProps {
  /** What goes in; null while the user has not finished choosing (the scope above). */
  selection: PackageExportInput['selection'] | null;
  /** The choice of what to send, when there is one (the audits list). */
  scope?: ReactNode;
  /** A draft's dimensions, to hand part of the work to one team member. */
  groups?: TemplateGroup[] | undefined;
  onClose: () => void;
}

/**
 * Sending audits to another laptop as a `.patuh` package: an optional transfer password, an
 * optional split of a draft's dimensions, then main asks where to save, writes, and reads the
 * file back before it says it is done.
 */
export function ExportPackageDialog({ selection, scope, groups, onClose }: ExportPackageDialogProps) {
  const { t, i18n } = useTranslation();
  const loc = useLocalized();
  const [protect, setProtect] = useState(false);
  const [password, setPassword] = useState({ first: '', second: '' });
  const [split, setSplit] = useState(false);
  const [person, setPerson] = useState('');
  const [groupIds, setGroupIds] = useState<string[]>([]);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [busy, setBusy] = useState(false);
  const [saved, setSaved] = useState<WrittenPackageInfo | null>(null);
  const [failure, setFailure] = useState<string | null>(null);

  function check(): Record<string, string> {
    const found: Record<string, string> = {};
    if (protect) {
      const parsed = transferPasswordSchema.safeParse(password.first);
      if (!parsed.success) found.password = tKey(t, parsed.error.issues[0]?.message ?? 'validation.invalid');
      else if (password.second !== password.first) found.repeat = t('packages.export.passwordMismatch');
    }
    if (split && !person.trim()) found.person = t('validation.required');
    if (split && groupIds.length === 0) found.groups = t('packages.export.chooseGroups');
    return found;
  }

  async function start() {
    if (!selection) return;
    const found = check();
    setErrors(found);
    if (Object.keys(found).length) return;
    setBusy(true);
    setFailure(null);
    setSaved(null);
    try {
      const written = await call('packages.export', {
        selection,
        password: protect ? password.first : null,
        assignment: split ? { person: person.trim(), groupIds } : null,
      });
      // null: the save dialog was cancelled, which needs no message.
      if (written) {
        setSaved(written);
        // The password has done its job; it is not kept in the page either.
        setPassword({ first: '', second: '' });
      }
    } catch (error) {
      setFailure(t('packages.export.failed', { reason: errorText(t, error) }));
    } finally {
      setBusy(false);
    }
  }
  const reveal = () => {
    if (saved) call('files.showInFolder', { path: saved.path }).catch((e: unknown) => setFailure(errorText(t, e)));
  };
  const close = () => {
    if (!busy) onClose();
  };
  const toggleGroup = (id: string, on: boolean) => {
    setGroupIds((ids) => (on ? [...ids, id] : ids.filter((x) => x !== id)));
    setErrors(({ groups: _gone, ...rest }) => rest);
  };

  return (
    <Modal title={t('packages.export.title')} onClose={close}>
      <div className="export-package">
        {scope}
        <label className="checkbox export-package__toggle">
          <input type="checkbox" checked={protect} disabled={busy} onChange={(e) => { setProtect(e.target.checked); setErrors({}); }} />
          {t('packages.export.protect')}
        </label>
        {protect && <PasswordFields value={password} errors={errors} disabled={busy} onChange={(v) => { setPassword(v); setErrors({}); }} />}

        {groups && (
          <>
            <label className="checkbox export-package__toggle">
              <input type="checkbox" checked={split} disabled={busy} onChange={(e) => { setSplit(e.target.checked); setErrors({}); }} />
              {t('packages.export.split')}
            </label>
            {split && (
              <div className="export-package__split">
                <p className="muted small">{t('packages.export.splitHint')}</p>
                <Field label={t('packages.export.person')} error={errors.person} required>
                  {(p) => <input {...p} value={person} disabled={busy} onChange={(e) => { setPerson(e.target.value); setErrors({}); }} />}
                </Field>
                <fieldset className="fieldset export-package__groups">
                  <legend>{t('packages.export.groups')}</legend>
                  {groups.map((g) => (
                    <label key={g.id} className="checkbox">
                      <input type="checkbox" checked={groupIds.includes(g.id)} disabled={busy} onChange={(e) => toggleGroup(g.id, e.target.checked)} />
                      {loc(g.label)}
                    </label>
                  ))}
                  {errors.groups && <p className="field__error" role="alert">{errors.groups}</p>}
                </fieldset>
              </div>
            )}
          </>
        )}

        {busy && (
          <div className="report-progress" role="status">
            <progress aria-label={t('packages.export.working')} />
            <span>{t('packages.export.working')}</span>
          </div>
        )}
        {saved && (
          <div className="report-saved" role="status">
            <p>{t('packages.export.saved', { path: saved.path })}</p>
            <p className="small">
              {t('packages.export.contents', { count: saved.audits, evidence: saved.evidence, size: formatBytes(saved.bytes, i18n.language) })}
            </p>
            <button type="button" className="button button--small" onClick={reveal}>{t('packages.export.showInFolder')}</button>
          </div>
        )}
        {failure && <p className="form-error" role="alert">{failure}</p>}
        <div className="form-actions">
          <button type="button" className="button" onClick={close} disabled={busy}>{t('actions.close')}</button>
          <button type="button" className="button button--primary" onClick={() => void start()} disabled={busy || !selection}>{t('packages.export.start')}</button>
        </div>
      </div>
    </Modal>
  );
}
