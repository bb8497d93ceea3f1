import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AuditSummary } from '../../../../shared/domain/audit';
import type { PackageExportInput } from '../../../../shared/domain/packages';
import { useApi } from '../../api/queries';
import { ExportPackageDialog } from './export-package-dialog';

type Scope = 'shown' | 'entity' | 'all';

/**
 * "Kirim / Ekspor paket" on the audits list: the audits shown by the filters, every audit of one
 * entity (and year), or everything on this laptop, e.g. a coordinator's yearly hand-over.
 */
export function AuditsExportButton({ shown, defaultEntityId }: { shown: AuditSummary[]; defaultEntityId?: string | undefined }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  return (
    <>
      <button type="button" className="button" onClick={() => setOpen(true)}>⇪ {t('packages.export.button')}</button>
      {open && <AuditsExportDialog shown={shown} defaultEntityId={defaultEntityId} onClose={() => setOpen(false)} />}
    </>
  );
}

function AuditsExportDialog({ shown, defaultEntityId, onClose }: { shown: AuditSummary[]; defaultEntityId?: string | undefined; onClose: () => void }) {
  const { t } = useTranslation();
  const [scope, setScope] = useState<Scope>(shown.length ? 'shown' : 'entity');
  const [entityId, setEntityId] = useState(defaultEntityId ?? '');
  const [year, setYear] = useState('');
  const entities = useApi('entities.list', { search: '', includeArchived: true });
  const all = useApi('audits.list', {});
  const years = [...new Set(all.data?.filter((a) => a.entityId === entityId).map((a) => a.period.year))].sort((a, b) => b - a);

  const selection: PackageExportInput['selection'] | null =
    scope === 'shown' ? (shown.length ? { auditIds: shown.map((a) => a.id) } : null)
      : scope === 'entity' ? (entityId ? { entityId, ...(year ? { year: Number(year) } : {}) } : null)
        : { all: true };

  const radio = (value: Scope, label: string, disabled = false) => (
    <label className="checkbox">
      <input type="radio" name="export-scope" value={value} checked={scope === value} disabled={disabled} onChange={() => setScope(value)} />
      {label}
    </label>
  );
  return (
    <ExportPackageDialog
      selection={selection}
      onClose={onClose}
      scope={(
        <fieldset className="fieldset export-scope">
          <legend>{t('packages.export.scope')}</legend>
          {radio('shown', t('packages.export.scopeShown', { count: shown.length }), shown.length === 0)}
          {radio('entity', t('packages.export.scopeEntity'))}
          {scope === 'entity' && (
            <div className="export-scope__entity">
              <select aria-label={t('audits.fields.entity')} value={entityId} onChange={(e) => { setEntityId(e.target.value); setYear(''); }}>
                <option value="">{t('audits.start.chooseEntity')}</option>
                {entities.data?.map((e) => <option key={e.id} value={e.id}>{e.name}</option>)}
              </select>
              <select aria-label={t('audits.fields.year')} value={year} disabled={!entityId} onChange={(e) => setYear(e.target.value)}>
                <option value="">{t('audits.list.allYears')}</option>
                {years.map((y) => <option key={y} value={y}>{y}</option>)}
              </select>
            </div>
          )}
          {radio('all', t('packages.export.scopeAll', { count: all.data?.length ?? 0 }))}
        </fieldset>
      )}
    />
  );
}
