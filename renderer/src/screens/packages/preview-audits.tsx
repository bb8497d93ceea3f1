import { useTranslation } from 'react-i18next';
import type { PreviewAudit } from '../../../../shared/domain/packages';
import { tKey } from '../../api/errors';
import { useLocalized } from '../audits/audit-text';
import { SealSignatureText } from './seal-signature-text';

/** What importing does to each audit in the package: new, no change, merged (with conflicts), or refused and why. */
export function PreviewAudits({ audits }: { audits: PreviewAudit[] }) {
  const { t } = useTranslation();
  const loc = useLocalized();
  return (
    <table className="table preview-audits" aria-label={t('packages.preview.audits')}>
      <thead>
        <tr>
          <th>{t('audits.fields.unit')}</th>
          <th>{t('audits.fields.year')}</th>
          <th>{t('audits.list.status')}</th>
          <th>{t('packages.preview.outcome')}</th>
        </tr>
      </thead>
      <tbody>
        {audits.map((a) => (
          <tr key={a.id}>
            <td className="preview-audits__unit">
              {a.unit}
              <span className="cell-sub">{a.entity}</span>
              {a.assignment && (
                <span className="cell-sub">{t('packages.preview.assignment', { person: a.assignment.person || '—', groups: a.assignment.groups.map(loc).join(', ') || '—' })}</span>
              )}
            </td>
            <td>{a.year}</td>
            <td>
              <span className={`badge ${a.status === 'final' ? 'badge--muted' : 'badge--draft'}`}>{t(`audits.status.${a.status}`)}</span>
              {a.seal && <span className="cell-sub"><SealSignatureText signature={a.seal} /></span>}
            </td>
            <td><Outcome audit={a} /></td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function Outcome({ audit: a }: { audit: PreviewAudit }) {
  const { t } = useTranslation();
  switch (a.outcome) {
    case 'new': return <span className="outcome outcome--new">{t('packages.outcome.new')}</span>;
    case 'same': return <span className="outcome">{t('packages.outcome.same')}</span>;
    case 'merge':
      return (
        <span className={`outcome ${a.conflicts ? 'outcome--conflicts' : 'outcome--merge'}`}>
          {t('packages.outcome.merge', { count: a.changes })}
          {a.conflicts > 0 && <strong> · {t('packages.outcome.conflicts', { count: a.conflicts })}</strong>}
        </span>
      );
    case 'refused':
      return <span className="outcome outcome--refused">{t('packages.outcome.refused')} {a.reason ? tKey(t, a.reason) : ''}</span>;
  }
}
