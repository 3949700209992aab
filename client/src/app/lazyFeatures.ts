import { lazy, type ComponentType } from 'react';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- a component of any props, kept exactly by M[K]
type AnyComponent = ComponentType<any>;

/** A named export as a lazily loaded component (React.lazy wants a default export). */
export function lazyNamed<M extends { [P in K]: AnyComponent }, K extends keyof M>(load: () => Promise<M>, name: K) {
  return lazy(async () => ({ default: (await load())[name] }));
}

/*
 * The supervisor's console, the printable documents, draws, tracks, reports and the profile
 * editor load as chunks of their own when first opened (issue 17: first-screen JavaScript); the
 * service worker precaches them (not ECharts), so they open offline all the same. The field
 * screens stay in the signed-in chunk: splitting each of them made ~30 small scripts that a cold
 * start fetched through the service worker one module level at a time, slower than one chunk.
 * Screens.tsx wraps every screen in a Suspense with a skeleton.
 */
export const ConsoleScreen = lazyNamed(() => import('../features/console/ConsoleScreen'), 'ConsoleScreen');
export const EnterpriseWritList = lazyNamed(() => import('../features/documents/EnterpriseWritList'), 'EnterpriseWritList');
export const InspectionWritActions = lazyNamed(() => import('../features/documents/InspectionWritActions'), 'InspectionWritActions');
export const MeasuresWritActions = lazyNamed(() => import('../features/documents/MeasuresWritActions'), 'MeasuresWritActions');
export const RecheckWritActions = lazyNamed(() => import('../features/documents/RecheckWritActions'), 'RecheckWritActions');
export const WritPrintPage = lazyNamed(() => import('../features/documents/WritPrintPage'), 'WritPrintPage');
export const EnterpriseEditPage = lazyNamed(() => import('../features/enterprises/EnterpriseEditPage'), 'EnterpriseEditPage');
export const EnterpriseCreatePage = lazyNamed(() => import('../features/enterprises/EnterpriseCreatePage'), 'EnterpriseCreatePage');
export const TemplateListPage = lazyNamed(() => import('../features/checklists/TemplateListPage'), 'TemplateListPage');
export const EnterpriseLedgerPage = lazyNamed(() => import('../features/enterprises/EnterpriseLedgerPage'), 'EnterpriseLedgerPage');
export const DrawsPage = lazyNamed(() => import('../features/draws/DrawsPage'), 'DrawsPage');
export const MonthlyReportPage = lazyNamed(() => import('../features/reports/MonthlyReportPage'), 'MonthlyReportPage');
export const ListingRegisterPage = lazyNamed(() => import('../features/listing/ListingRegisterPage'), 'ListingRegisterPage');
export const TracksPage = lazyNamed(() => import('../features/tracks/TracksPage'), 'TracksPage');
export const AssignedReportsPage = lazyNamed(() => import('../features/report-inbox/AssignedReportsPage'), 'AssignedReportsPage');
// 立案 and case files: enforcement officers only.
export const CaseListPage = lazyNamed(() => import('../features/cases/CaseListPage'), 'CaseListPage');
export const CasePage = lazyNamed(() => import('../features/cases/CasePage'), 'CasePage');
export const OpenCasePage = lazyNamed(() => import('../features/cases/OpenCasePage'), 'OpenCasePage');
export const ReportInboxPage = lazyNamed(() => import('../features/report-inbox/ReportInboxPage'), 'ReportInboxPage');

// Field screens: part of the signed-in chunk.
export { EnterpriseDetailPage } from '../features/enterprises/EnterpriseDetailPage';
export { HazardDetailPage } from '../features/hazards/HazardDetailPage';
export { HazardListPage } from '../features/hazards/HazardListPage';
export { NewHazardPage } from '../features/hazards/NewHazardPage';
export { HazardActions } from '../features/hazards/HazardActions';
export { InspectionListPage } from '../features/inspections/InspectionListPage';
export { InspectionPage } from '../features/inspections/InspectionPage';
export { StartInspectionPage } from '../features/inspections/StartInspectionPage';
export { NotificationsPage } from '../features/notifications/NotificationsPage';
export { RecheckQueuePage } from '../features/recheck/RecheckQueuePage';
export { ReferralInboxPage } from '../features/referrals/ReferralInboxPage';
export { RectificationHomePage } from '../features/rectification/RectificationHomePage';
export { SettingsPage } from '../features/settings/SettingsPage';
export { MyTasksPage } from '../features/tasks/MyTasksPage';
export { OutboxPage } from '../features/sync-status/OutboxPage';
export const CaseWritActions = lazyNamed(() => import('../features/documents/CaseWritActions'), 'CaseWritActions');

