import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AuditDetail } from '../../../../shared/domain/audit';
import { ExportPackageDialog } from './export-package-dialog';

/** "Kirim / Ekspor paket" for the audit on screen; a draft can be split between team members. */
export function ExportPackageButton({ detail }: { detail: AuditDetail }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const { audit } = detail;
  return (
    <>
      <button type="button" className="button" onClick={() => setOpen(true)}>⇪ {t('packages.export.button')}</button>
      {open && (
        <ExportPackageDialog
          selection={{ auditIds: [audit.id] }}
          scope={<p className="export-package__what">{t('packages.export.oneAudit', { unit: audit.unit.name, entity: audit.entity.name, year: audit.period.year })}</p>}
          groups={audit.status === 'draft' ? detail.template.groups : undefined}
          onClose={() => setOpen(false)}
        />
      )}
    </>
  );
}
