import { lazy, Suspense, useSyncExternalStore } from 'react';
import { ChangePasswordPage } from '../features/login/ChangePasswordPage';
import { LoginPage } from '../features/login/LoginPage';
import { I18nProvider } from '../i18n/I18nProvider';
import { UpdatePrompt } from '../pwa/UpdatePrompt';
import { sessions } from '../sync/services';
import { ErrorBoundary } from './ErrorBoundary';
import { InsecureOriginPage } from './InsecureOriginPage';
import { isSecureOrigin } from './secureOrigin';
import { useHashPath } from './hashRoute';
import { StartupSkeleton } from './StartupSkeleton';

// Its own chunk (the database, sync and the screens): never loaded by the login page. A device
// with a session starts fetching it now, in parallel with React's first render.
const loadSignedIn = () => import('./SignedIn');
if (sessions.get().session) void loadSignedIn();
const SignedIn = lazy(loadSignedIn);
// 举报 from the public: its own small chunk, reached without a sign-in (login page, gate posters).
const PublicReportScreen = lazy(() => import('../features/public-report/PublicReportScreen'));

function SignedInOrNot() {
  const state = useSyncExternalStore((l) => sessions.subscribe(l), () => sessions.get());
  const path = useHashPath();
  const session = state.session;
  return (
    <>
      <UpdatePrompt />
      {path[0] === 'report' ? (
        <Suspense fallback={<StartupSkeleton />}>
          <PublicReportScreen path={path} />
        </Suspense>
      ) : session?.principal.mustChangePassword ? (
        // Nothing is opened (no local database, no sync) before the initial password is changed.
        <ChangePasswordPage onChanged={(s) => sessions.set(s)} onSignOut={() => sessions.clear()} />
      ) : session ? (
        <Suspense fallback={<StartupSkeleton />}>
          <SignedIn session={session} />
        </Suspense>
      ) : (
        <LoginPage onSignedIn={(s) => sessions.set(s)} />
      )}
    </>
  );
}

export function App() {
  // Decided before anything registers a service worker or makes an id: on http://<lan-ip>/ the
  // app cannot work offline, so it explains where to go instead of failing at sign-in.
  if (!isSecureOrigin()) return <InsecureOriginPage />;
  return (
    <I18nProvider>
      <ErrorBoundary>
        <SignedInOrNot />
      </ErrorBoundary>
    </I18nProvider>
  );
}
