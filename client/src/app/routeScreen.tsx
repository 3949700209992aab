import type { ReactNode } from 'react';
import { LEDGER_KEEPERS, type Hazard, type Principal } from '@anxun/shared-schema';
import { EnterpriseListPage } from '../features/enterprises/EnterpriseListPage';
import { PatrolPanel } from '../features/patrol/PatrolPanel';
import { PhotoCapture } from '../photos/PhotoCapture';
import { PhotoQueueSummary } from '../photos/PhotoQueueSummary';
import { PhotoStrip } from '../photos/PhotoThumb';
import { InspectionCertificateFindings } from '../features/roster/InspectionCertificateFindings';
import { RosterPage } from '../features/roster/RosterPage';
import type { Outbox } from '../sync/outbox';
import type { I18n } from '../i18n/I18nProvider';
import { administrationEntries } from './administrationEntries';
import { navigate } from './hashRoute';
import {
  AssignedReportsPage, CaseListPage, CasePage, CaseWritActions, OpenCasePage,
  ConsoleScreen, DrawsPage, EnterpriseCreatePage, EnterpriseDetailPage, EnterpriseEditPage, EnterpriseLedgerPage, EnterpriseWritList, HazardActions, HazardDetailPage, HazardListPage, InspectionListPage, MeasuresWritActions,
  InspectionPage, InspectionWritActions, ListingRegisterPage, MonthlyReportPage, MyTasksPage, NewHazardPage, NotificationsPage, OutboxPage, RecheckQueuePage, RecheckWritActions,
  RectificationHomePage, ReferralInboxPage, ReportInboxPage, SettingsPage, StartInspectionPage, TemplateListPage, TracksPage, WritPrintPage,
} from './lazyFeatures';

const to = (...parts: string[]) => `/${parts.map(encodeURIComponent).join('/')}`;

/** The routes: the only place that knows every feature and composes them (features never import each other). */
export function routeScreen(path: string[], ctx: { principal: Principal; onSignOut: () => void; t: I18n['t']; outbox: Outbox; kickPhotos: () => void }): ReactNode {
  const [section = 'enterprises', id, action] = path;
  const openHazard = (h: string) => navigate(to('hazards', h));
  // Photos are a capability every feature uses through these slots; features do not know each other.
  const renderPhotoPicker = (onAdded: (hashes: string[]) => void) => <PhotoCapture onAdded={onAdded} onStored={ctx.kickPhotos} />;
  const renderPhotos = (hashes: string[]) => <PhotoStrip hashes={hashes} />;
  const photoSlots = { renderPhotoPicker, renderPhotos };
  const openInspection = (i: string) => navigate(to('inspections', i));
  const renderHazardForm = (prefill: Partial<Hazard>, done: (hazardId: string) => void, deadlineDays?: number) =>
    <NewHazardPage enterpriseId={prefill.enterpriseId ?? ''} prefill={prefill} defaultDeadlineDays={deadlineDays} onDone={done} renderPhotoPicker={renderPhotoPicker} />;
  const openWrit = (w: string) => navigate(to('documents', w));
  const supervisor = ctx.principal.role === 'supervisor';
  const keeper = LEDGER_KEEPERS.includes(ctx.principal.role);
  // 企业台账 with 新建 and 停业/注销: a console page of the ledger's keepers (administrators, supervisors).
  const checklistsEntry = { path: 'checklists', label: ctx.t('checklists.nav'), render: () => <TemplateListPage /> };
  const ledgerEntry = { path: 'ledger', label: ctx.t('ledger.nav'), render: () => <EnterpriseLedgerPage hrefOf={(e) => to('enterprises', e, 'edit')} newHref={to('enterprises', 'new')} /> };
  switch (section) {
    case 'draws':
    case 'tracks':
    case 'reports':
      // Older links: these pages live in the console now.
      if (supervisor) return routeScreen(['console', section, ...path.slice(1)], ctx);
      break;
    case 'tasks':
      if (ctx.principal.role === 'officer') return <MyTasksPage userId={ctx.principal.userId} onInspect={(e) => navigate(to('enterprises', e, 'inspect'))} />;
      break;
    case 'rectification':
      // The enterprise's home: its 整改清单, acting through the hazards feature's own action forms.
      if (ctx.principal.enterpriseId) {
        return <RectificationHomePage enterpriseId={ctx.principal.enterpriseId} renderPhotos={renderPhotos}
          renderActions={(view) => <HazardActions view={view} only={['submitRectification', 'requestExtension', 'verify', 'filePlan', 'requestResumption']} renderPhotoPicker={renderPhotoPicker} />} />;
      }
      break;
    case 'recheck':
      if (ctx.principal.role !== 'enterprise') {
        const queueActions = { submitted: ['verify'], extensions: ['decideExtension'], overdue: ['escalate', 'referToEnforcement'], toConfirm: ['confirmGeneral', 'escalate', 'reject', 'confirmMajor', 'downgrade'] } as const;
        return <RecheckQueuePage role={ctx.principal.role} renderPhotos={renderPhotos}
          renderActions={(view, queue) => <HazardActions view={view} only={queueActions[queue]} renderPhotoPicker={renderPhotoPicker} />} />;
      }
      break;
    case 'roster':
      // 从业人员名册: the enterprise keeps its own on its phone.
      if (ctx.principal.enterpriseId) return <RosterPage enterpriseId={ctx.principal.enterpriseId} editable />;
      break;
    case 'cases': {
      // 案件: enforcement officers and supervisors (the server gives nobody else a case).
      const openCase = (c: string) => navigate(to('cases', c));
      if (id === 'new' && action) return <OpenCasePage hazardId={action} onOpened={openCase} />;
      if (id) return <CasePage id={id} onBack={() => navigate('/cases')} renderDocuments={(value) => <CaseWritActions value={value} onOpen={openWrit} />} />;
      return <CaseListPage />;
    }
    case 'referrals':
      // 吹哨员 inbox: accept or return through the hazards feature's own action forms.
      if (ctx.principal.role === 'officer') return <ReferralInboxPage renderActions={(view) => <HazardActions view={view} only={['acceptReferral', 'returnReferral']} />} />;
      break;
    case 'notifications':
      return <NotificationsPage userId={ctx.principal.userId} role={ctx.principal.role} onOpen={openHazard} />;
    case 'outbox':
      return <OutboxPage outbox={ctx.outbox} userId={ctx.principal.userId} photoSummary={<PhotoQueueSummary />} />;
    case 'report-checks':
      // 举报核实: reports a supervisor sent this officer to check.
      if (ctx.principal.role === 'officer') return <AssignedReportsPage />;
      break;
    case 'settings':
      return <SettingsPage principal={ctx.principal} onSignOut={ctx.onSignOut} />;
    case 'console':
      // The supervisor console; other console pages join through extraEntries.
      if (supervisor) {
        // 双随机抽查, 巡查轨迹 and 月度通报 join the console's side nav from their own features.
        const extraEntries = [
          { path: 'draws', label: ctx.t('nav.draws'), render: () => <DrawsPage /> },
          { path: 'tracks', label: ctx.t('nav.tracks'), render: () => <TracksPage /> },
          { path: 'reports', label: ctx.t('nav.reports'), render: () => <MonthlyReportPage areaName={ctx.principal.displayName} /> },
          { path: 'listings', label: ctx.t('register.title'), render: () => <ListingRegisterPage areaName={ctx.principal.displayName} onOpen={openHazard} /> },
          ledgerEntry,
          checklistsEntry,
          {
            // 群众举报: #/console/public-reports/:id opens one report.
            path: 'public-reports', label: ctx.t('nav.publicReports'),
            render: ([id]: string[]) => <ReportInboxPage openId={id ?? null} onOpen={(reportId) => navigate(reportId ? `/console/public-reports/${encodeURIComponent(reportId)}` : '/console/public-reports')} />,
          },
        ];
        return <ConsoleScreen path={path.slice(1)} extraEntries={extraEntries} slots={{ renderPhotos }} />;
      }
      if (ctx.principal.role === 'admin') return <ConsoleScreen path={path.slice(1)} builtInPages={['accounts']} extraEntries={[ledgerEntry, checklistsEntry, ...administrationEntries(ctx.t)]} />;
      break;
    case 'hazards':
      return id ? (
        <>
          <HazardDetailPage id={id} onBack={() => navigate('/hazards')} {...photoSlots}
            renderAcceptedReferral={ctx.principal.officerKind === 'enforcement' ? () => <a className="link-button" data-testid="open-case-link" href={`#${to('cases', 'new', id)}`}>{ctx.t('case.openFromHazard')}</a> : undefined} />
          <MeasuresWritActions hazardId={id} onOpen={openWrit} />
          <RecheckWritActions hazardId={id} onOpen={openWrit} />
        </>
      ) : <HazardListPage onOpen={openHazard} />;
    case 'inspections':
      return id ? (
        <>
          <InspectionPage id={id} slots={{
            ...photoSlots, renderHazardForm,
            renderStaffFindings: (inspection, readOnly) => <InspectionCertificateFindings inspection={inspection} readOnly={readOnly} renderHazardForm={renderHazardForm} />,
          }} />
          <InspectionWritActions inspectionId={id} onOpen={openWrit} />
        </>
      ) : <InspectionListPage onOpen={openInspection} />;
    case 'documents':
      return id ? <WritPrintPage id={id} onBack={() => window.history.back()} renderPhotos={renderPhotos} /> : null;
    default:
      break;
  }
  if (id === 'new' && keeper) return <EnterpriseCreatePage role={ctx.principal.role} onDone={(e) => navigate(e ? to('enterprises', e) : '/console/ledger')} />;
  if (!id) {
    return (
      <>
        {ctx.principal.role === 'officer' ? <PatrolPanel officerId={ctx.principal.userId} /> : null}
        <EnterpriseListPage onOpen={(e) => navigate(to('enterprises', e))} hideDeactivated={ctx.principal.role === 'officer'} />
      </>
    );
  }
  if (action === 'edit') return <EnterpriseEditPage id={id} role={ctx.principal.role} userId={ctx.principal.userId} onDone={() => navigate(to('enterprises', id))} />;
  if (action === 'new-hazard') return <NewHazardPage enterpriseId={id} onDone={openHazard} renderPhotoPicker={renderPhotoPicker} />;
  if (action === 'inspect') return <StartInspectionPage enterpriseId={id} onStarted={openInspection} />;
  return (
    <>
      <EnterpriseDetailPage id={id} onEdit={() => navigate(to('enterprises', id, 'edit'))} onBack={() => navigate('/enterprises')} />
      <div className="action-buttons">
        <a className="link-button primary" data-testid="start-inspection-link" href={`#${to('enterprises', id, 'inspect')}`}>{ctx.t('inspect.start')}</a>
        <a className="link-button" data-testid="new-hazard-link" href={`#${to('enterprises', id, 'new-hazard')}`}>{ctx.t('hazards.new')}</a>
      </div>
      <RosterPage enterpriseId={id} editable={ctx.principal.role === 'enterprise' && ctx.principal.enterpriseId === id} />
      <InspectionListPage enterpriseId={id} onOpen={openInspection} />
      <HazardListPage enterpriseId={id} title={ctx.t('hazards.ofEnterprise')} onOpen={openHazard} />
      <EnterpriseWritList enterpriseId={id} />
    </>
  );
}
