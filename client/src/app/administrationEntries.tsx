import type { ConsoleEntry } from '../features/console/ConsoleScreen';
import type { I18n } from '../i18n/I18nProvider';
import { lazyNamed } from './lazyFeatures';

// Only an administrator opens these: one chunk of their own, precached like the other lazy pages.
const LedgerImportPage = lazyNamed(() => import('../features/administration/LedgerImportPage'), 'LedgerImportPage');
const PeoplePage = lazyNamed(() => import('../features/administration/PeoplePage'), 'PeoplePage');
const PlacesPage = lazyNamed(() => import('../features/administration/PlacesPage'), 'PlacesPage');
const BindingsPage = lazyNamed(() => import('../features/administration/BindingsPage'), 'BindingsPage');
const AuditLogPage = lazyNamed(() => import('../features/administration/AuditLogPage'), 'AuditLogPage');

/** The 系统管理员's pages of the console (issue 14), composed here: features do not import each other. */
export function administrationEntries(t: I18n['t']): ConsoleEntry[] {
  return [
    { path: 'import', label: t('admin.import.nav'), render: () => <LedgerImportPage /> },
    { path: 'people', label: t('admin.people.nav'), render: () => <PeoplePage /> },
    { path: 'import-templates', label: t('refimport.templates.nav'), render: () => <LedgerImportPage kind="templates" /> },
    { path: 'import-questions', label: t('refimport.questions.nav'), render: () => <LedgerImportPage kind="questions" /> },
    { path: 'places', label: t('places.nav'), render: () => <PlacesPage /> },
    { path: 'bindings', label: t('bindings.nav'), render: () => <BindingsPage /> },
    { path: 'audit', label: t('audit.nav'), render: () => <AuditLogPage /> },
  ];
}
