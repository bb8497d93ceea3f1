import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { FindingFilter } from '../../../../shared/domain/findings';
import { href } from '../../shell/router';
import { DashboardScreen } from './dashboard-screen';
import { EMPTY_FILTER } from './default-filter';
import { FindingDetailScreen } from './finding-detail-screen';
import { NewFindingScreen } from './new-finding-screen';
import { RegisterScreen } from './register-screen';
import './findings.css';

/**
 * `#/findings` (register), `#/findings/dashboard`, `#/findings/new`, `#/findings/<id>`.
 * The register's filters and page live here so they survive a visit to a finding and back.
 */
export function FindingsSection({ rest }: { rest: string[] }) {
  const { t } = useTranslation();
  const [filter, setFilter] = useState<FindingFilter>(EMPTY_FILTER);
  const [page, setPage] = useState(0);
  const [first] = rest;
  if (first === 'new') return <NewFindingScreen />;
  if (first && first !== 'dashboard') return <FindingDetailScreen key={first} id={first} />;
  return (
    <section className="screen">
      <header className="screen__header">
        <div>
          <h1>{t('findings.title')}</h1>
          <p className="screen__subtitle">{t('findings.subtitle')}</p>
        </div>
        <a className="button button--primary" href={href('findings', 'new')}>+ {t('findings.newFinding')}</a>
      </header>
      <FindingsTabs current={first === 'dashboard' ? 'dashboard' : 'register'} />
      {first === 'dashboard' ? <DashboardScreen /> : (
        <RegisterScreen filter={filter} page={page} onPage={setPage} onFilter={(f) => { setFilter(f); setPage(0); }} />
      )}
    </section>
  );
}

function FindingsTabs({ current }: { current: 'register' | 'dashboard' }) {
  const { t } = useTranslation();
  const tab = (name: 'register' | 'dashboard', link: string) => (
    <a href={link} aria-current={current === name ? 'page' : undefined}>{t(`findings.tabs.${name}`)}</a>
  );
  return (
    <nav className="findings-tabs" aria-label={t('findings.tabs.label')}>
      {tab('register', href('findings'))}
      {tab('dashboard', href('findings', 'dashboard'))}
    </nav>
  );
}
