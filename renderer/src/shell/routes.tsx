import { lazy, Suspense, type ReactNode } from 'react';
import type { TranslationShape } from '../../../shared/i18n/resources';
import { AuditsScreen } from '../screens/audits/audits-screen';
import { ChecklistScreen } from '../screens/audits/checklist-screen';
import { StartAuditForm } from '../screens/audits/start-audit-form';
import { ConflictsScreen } from '../screens/conflicts/conflicts-screen';
import { FirstRunGuide } from '../screens/first-run/first-run-guide';
import { HomeScreen } from '../screens/home/home-screen';
import { ImportScreen } from '../screens/packages/import-screen';
import { ProductsSection } from '../screens/products/products-section';
import { EntityScreen } from '../screens/registry/entity-screen';
import { RegistryScreen } from '../screens/registry/registry-screen';
import { ReportsScreen } from '../screens/reports/reports-screen';
import { SettingsScreen } from '../screens/settings/settings-screen';

// The screens with charts load with their route: recharts is a quarter of the app's script, and
// the checklist (what an auditor opens all day) never needs it.
const FindingsSection = lazy(() => import('../screens/findings/findings-section').then((m) => ({ default: m.FindingsSection })));
const EntityOverviewScreen = lazy(() => import('../screens/reports/entity-overview-screen').then((m) => ({ default: m.EntityOverviewScreen })));
const later = (screen: ReactNode) => <Suspense fallback={null}>{screen}</Suspense>;

export interface Section {
  /** The first path segment: `#/registry/...`. */
  path: string;
  label: `nav.${keyof TranslationShape['nav']}`;
  icon: string;
  /** Renders the screen for the rest of the path. */
  render: (rest: string[]) => ReactNode;
}

/** The app's sections, in navigation order. A new area adds one entry here. */
export const SECTIONS: Section[] = [
  { path: 'home', label: 'nav.home', icon: '⌂', render: ([sub]) => (sub === 'setup' ? <FirstRunGuide /> : <HomeScreen />) },
  {
    path: 'registry',
    label: 'nav.registry',
    icon: '▦',
    render: ([entityId]) => (entityId ? <EntityScreen key={entityId} entityId={entityId} /> : <RegistryScreen />),
  },
  {
    path: 'audits',
    label: 'nav.audits',
    icon: '✓',
    render: ([id, sub]) => {
      if (id === 'new') return <StartAuditForm />;
      if (id === 'import') return <ImportScreen />;
      if (id && sub === 'conflicts') return <ConflictsScreen key={id} auditId={id} />;
      return id ? <ChecklistScreen key={id} auditId={id} /> : <AuditsScreen />;
    },
  },
  { path: 'findings', label: 'nav.findings', icon: '◎', render: (rest) => later(<FindingsSection rest={rest} />) },
  { path: 'ombudsman', label: 'nav.ombudsman', icon: '✉', render: (rest) => <ProductsSection rest={rest} /> },
  {
    path: 'reports',
    label: 'nav.reports',
    icon: '▤',
    render: ([entityId, year]) => (entityId ? later(<EntityOverviewScreen key={entityId} entityId={entityId} {...(year ? { year: Number(year) } : {})} />) : <ReportsScreen />),
  },
  { path: 'settings', label: 'nav.settings', icon: '⚙', render: () => <SettingsScreen /> },
];
