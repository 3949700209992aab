import { lazy, type ComponentType } from 'react';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- a component of any props, kept exactly by M[K]
type AnyComponent = ComponentType<any>;

/** A named export as a lazily loaded component (React.lazy wants a default export). */
function lazyNamed<M extends { [P in K]: AnyComponent }, K extends keyof M>(load: () => Promise<M>, name: K) {
  return lazy(async () => ({ default: (await load())[name] }));
}

/*
 * Screens that are never the first screen load as chunks of their own when first opened (issue
 * 17: first-screen JavaScript). The service worker precaches them (not ECharts), so they open
 * offline all the same. The officer's and supervisor's home (enterprise list, patrol panel) stay
 * in the main chunk; Screens.tsx wraps every screen in a Suspense with a skeleton.
 */
export const ConsoleScreen = lazyNamed(() => import('../features/console/ConsoleScreen'), 'ConsoleScreen');
export const EnterpriseWritList = lazyNamed(() => import('../features/documents/EnterpriseWritList'), 'EnterpriseWritList');
export const InspectionWritActions = lazyNamed(() => import('../features/documents/InspectionWritActions'), 'InspectionWritActions');
export const RecheckWritActions = lazyNamed(() => import('../features/documents/RecheckWritActions'), 'RecheckWritActions');
export const WritPrintPage = lazyNamed(() => import('../features/documents/WritPrintPage'), 'WritPrintPage');
export const EnterpriseDetailPage = lazyNamed(() => import('../features/enterprises/EnterpriseDetailPage'), 'EnterpriseDetailPage');
export const EnterpriseEditPage = lazyNamed(() => import('../features/enterprises/EnterpriseEditPage'), 'EnterpriseEditPage');
export const HazardDetailPage = lazyNamed(() => import('../features/hazards/HazardDetailPage'), 'HazardDetailPage');
export const HazardListPage = lazyNamed(() => import('../features/hazards/HazardListPage'), 'HazardListPage');
export const NewHazardPage = lazyNamed(() => import('../features/hazards/NewHazardPage'), 'NewHazardPage');
export const HazardActions = lazyNamed(() => import('../features/hazards/HazardActions'), 'HazardActions');
export const InspectionListPage = lazyNamed(() => import('../features/inspections/InspectionListPage'), 'InspectionListPage');
export const InspectionPage = lazyNamed(() => import('../features/inspections/InspectionPage'), 'InspectionPage');
export const StartInspectionPage = lazyNamed(() => import('../features/inspections/StartInspectionPage'), 'StartInspectionPage');
export const NotificationsPage = lazyNamed(() => import('../features/notifications/NotificationsPage'), 'NotificationsPage');
export const RecheckQueuePage = lazyNamed(() => import('../features/recheck/RecheckQueuePage'), 'RecheckQueuePage');
export const RectificationHomePage = lazyNamed(() => import('../features/rectification/RectificationHomePage'), 'RectificationHomePage');
export const SettingsPage = lazyNamed(() => import('../features/settings/SettingsPage'), 'SettingsPage');
export const DrawsPage = lazyNamed(() => import('../features/draws/DrawsPage'), 'DrawsPage');
export const MonthlyReportPage = lazyNamed(() => import('../features/reports/MonthlyReportPage'), 'MonthlyReportPage');
export const MyTasksPage = lazyNamed(() => import('../features/tasks/MyTasksPage'), 'MyTasksPage');
export const TracksPage = lazyNamed(() => import('../features/tracks/TracksPage'), 'TracksPage');
export const OutboxPage = lazyNamed(() => import('../features/sync-status/OutboxPage'), 'OutboxPage');
