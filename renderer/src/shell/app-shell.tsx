import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useApi } from '../api/queries';
import { setLanguage } from '../i18n';
import { href, useRoutePath } from './router';
import { SECTIONS } from './routes';

/** Navigation on the left, the current screen on the right. */
export function AppShell() {
  const { t } = useTranslation();
  const [first = 'home', ...rest] = useRoutePath();
  const settings = useApi('settings.get', {});
  const language = settings.data?.language;

  useEffect(() => {
    if (!language) return;
    setLanguage(language);
    // The explicit "ready" signal tests wait for instead of sleeping.
    document.body.dataset.ready = 'true';
  }, [language]);

  const section = SECTIONS.find((s) => s.path === first) ?? SECTIONS[0]!;
  if (!language) return <p className="loading">{t('app.loading')}</p>;
  return (
    <div className="shell">
      <nav className="sidebar" aria-label="Patuh">
        <div className="sidebar__brand">
          <span className="sidebar__logo" aria-hidden="true">P</span>
          <div>
            <strong>{t('app.name')}</strong>
            <span className="sidebar__tagline">{t('app.tagline')}</span>
          </div>
        </div>
        <ul>
          {SECTIONS.map((s) => (
            <li key={s.path}>
              <a href={href(s.path)} className={`sidebar__link${s === section ? ' sidebar__link--active' : ''}`} aria-current={s === section ? 'page' : undefined}>
                <span className="sidebar__icon" aria-hidden="true">{s.icon}</span>
                {t(s.label)}
              </a>
            </li>
          ))}
        </ul>
        <p className="sidebar__footer">{t('app.offline')}</p>
      </nav>
      <main className="content">{section.render(rest)}</main>
    </div>
  );
}
