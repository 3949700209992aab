import type { Session } from '@anxun/shared-schema';
import { sessions } from '../sync/services';
import { Screens } from './Screens';
import { Workspace } from './Workspace';

performance.mark('anxun:signed-in-chunk');

/**
 * Everything behind the sign-in: the local database, sync and the screens. Loaded as its own
 * chunk (App.tsx), so the login page of a new device does not download RxDB and every feature.
 */
export default function SignedIn({ session }: { session: Session }) {
  return (
    <Workspace key={session.principal.userId} session={session}>
      <Screens principal={session.principal} onSignedInAgain={(s) => sessions.set(s)} onSignOut={() => sessions.clear()} />
    </Workspace>
  );
}
