import type { ReactNode } from 'react';
import type { Principal } from '@anxun/shared-schema';
import { EnterpriseListPage } from '../features/enterprises/EnterpriseListPage';
import { PatrolPanel } from '../features/patrol/PatrolPanel';
import { PhotoCapture } from '../photos/PhotoCapture';
import { PhotoQueueSummary } from '../photos/PhotoQueueSummary';
import { PhotoStrip } from '../photos/PhotoThumb';
import type { Outbox } from '../sync/outbox';
import type { I18n } from '../i18n/I18nProvider';
import { administrationEntries } from './administrationEntries';
import { navigate } from './hashRoute';
import {
  CaseListPage, CasePage, CaseWritActions, OpenCasePage,
  ConsoleScreen, DrawsPage, EnterpriseDetailPage, EnterpriseEditPage, EnterpriseWritList, HazardActions, HazardDetailPage, HazardListPage, InspectionListPage, MeasuresWritActions,
  InspectionPage, InspectionWritActions, MonthlyReportPage, MyTasksPage, NewHazardPage, NotificationsPage, OutboxPage, RecheckQueuePage, RecheckWritActions,
  RectificationHomePage, ReferralInboxPage, SettingsPage, StartInspectionPage, TracksPage, WritPrintPage,
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
  const openWrit = (w: string) => navigate(to('documents', w));
  const supervisor = ctx.principal.role === 'supervisor';
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
          renderActions={(view) => <HazardActions view={view} only={['submitRectification', 'requestExtension', 'verify', 'requestResumption']} renderPhotoPicker={renderPhotoPicker} />} />;
      }
      break;
    case 'recheck':
      if (ctx.principal.role !== 'enterprise') {
        const queueActions = { submitted: ['verify'], extensions: ['decideExtension'], overdue: ['escalate', 'referToEnforcement'], toConfirm: ['confirmGeneral', 'escalate', 'reject', 'confirmMajor', 'downgrade'] } as const;
        return <RecheckQueuePage role={ctx.principal.role} renderPhotos={renderPhotos}
          renderActions={(view, queue) => <HazardActions view={view} only={queueActions[queue]} renderPhotoPicker={renderPhotoPicker} />} />;
      }
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
        ];
        return <ConsoleScreen path={path.slice(1)} extraEntries={extraEntries} slots={{ renderPhotos }} />;
      }
      if (ctx.principal.role === 'admin') return <ConsoleScreen path={path.slice(1)} builtInPages={['accounts']} extraEntries={administrationEntries(ctx.t)} />;
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
          <InspectionPage id={id} slots={{ ...photoSlots, renderHazardForm: (prefill, done, deadlineDays) => <NewHazardPage enterpriseId={prefill.enterpriseId ?? ''} prefill={prefill} defaultDeadlineDays={deadlineDays} onDone={done} renderPhotoPicker={renderPhotoPicker} /> }} />
          <InspectionWritActions inspectionId={id} onOpen={openWrit} />
        </>
      ) : <InspectionListPage onOpen={openInspection} />;
    case 'documents':
      return id ? <WritPrintPage id={id} onBack={() => window.history.back()} renderPhotos={renderPhotos} /> : null;
    default:
      break;
  }
  if (!id) {
    return (
      <>
        {ctx.principal.role === 'officer' ? <PatrolPanel officerId={ctx.principal.userId} /> : null}
        <EnterpriseListPage onOpen={(e) => navigate(to('enterprises', e))} />
      </>
    );
  }
  if (action === 'edit') return <EnterpriseEditPage id={id} role={ctx.principal.role} onDone={() => navigate(to('enterprises', id))} />;
  if (action === 'new-hazard') return <NewHazardPage enterpriseId={id} onDone={openHazard} renderPhotoPicker={renderPhotoPicker} />;
  if (action === 'inspect') return <StartInspectionPage enterpriseId={id} onStarted={openInspection} />;
  return (
    <>
      <EnterpriseDetailPage id={id} onEdit={() => navigate(to('enterprises', id, 'edit'))} onBack={() => navigate('/enterprises')} />
      <div className="action-buttons">
        <a className="link-button primary" data-testid="start-inspection-link" href={`#${to('enterprises', id, 'inspect')}`}>{ctx.t('inspect.start')}</a>
        <a className="link-button" data-testid="new-hazard-link" href={`#${to('enterprises', id, 'new-hazard')}`}>{ctx.t('hazards.new')}</a>
      </div>
      <InspectionListPage enterpriseId={id} onOpen={openInspection} />
      <HazardListPage enterpriseId={id} title={ctx.t('hazards.ofEnterprise')} onOpen={openHazard} />
      <EnterpriseWritList enterpriseId={id} />
    </>
  );
}
