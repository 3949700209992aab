import type { Role } from '@anxun/shared-schema';
import { useNotifications } from './useNotifications';

/** The unread count for the app's nav; nothing when all is read. */
export function NotificationBadge({ userId, role }: { userId: string; role: Role }) {
  const { unread } = useNotifications(userId, role);
  return unread > 0 ? <span className="nav-badge" data-testid="nav-badge">{unread > 99 ? '99+' : unread}</span> : null;
}
