import { useTranslation } from 'react-i18next';
import type { RegistryMatch } from '../../../../shared/domain/packages';

interface RegistryMatchesProps {
  matches: RegistryMatch[];
  needsConfirmation: boolean;
  confirmed: boolean;
  onConfirm: (confirmed: boolean) => void;
}

/**
 * Where the package's entities and units land here. A match by name alone could join two
 * different offices that happen to share a name, so the user confirms it before importing.
 */
export function RegistryMatches({ matches, needsConfirmation, confirmed, onConfirm }: RegistryMatchesProps) {
  const { t } = useTranslation();
  if (matches.length === 0) return null;
  return (
    <div className={`registry-matches${needsConfirmation ? ' registry-matches--confirm' : ''}`}>
      <h3>{t('packages.registry.title')}</h3>
      <ul>
        {matches.map((m) => (
          <li key={`${m.kind}:${m.name}`}>
            <span className="muted">{t(`packages.registry.${m.kind}`)}</span> <strong>{m.name}</strong>{' '}
            {m.match === 'id' && <span>{t('packages.registry.byId')}</span>}
            {m.match === 'new' && <span>{t('packages.registry.new')}</span>}
            {m.match === 'name' && <span className="registry-matches__name">{t('packages.registry.byName', { local: m.localName ?? '' })}</span>}
          </li>
        ))}
      </ul>
      {needsConfirmation && (
        <label className="checkbox registry-matches__check">
          <input type="checkbox" checked={confirmed} onChange={(e) => onConfirm(e.target.checked)} />
          {t('packages.registry.confirm')}
        </label>
      )}
    </div>
  );
}
