import { useMemo, useSyncExternalStore } from 'react';
import { shanghaiDate, type Role } from '@anxun/shared-schema';
import { useDatabase } from '../../db/DatabaseContext';
import { observeHazardViewsInBackground, type HazardView } from '../../db/hazardRepository';
import { useObservable } from '../../db/useObservable';
import { deriveNotifications, unreadCount, type AppNotification } from './deriveNotifications';
import { readMarksFor, type ReadMarks } from './readMarks';

/** This user's notifications from the synced hazards on the device, with their read marks. */
export function useNotifications(userId: string, role: Role): { items: AppNotification[]; read: ReadonlySet<string>; unread: number; marks: ReadMarks } {
  const db = useDatabase();
  const views = useObservable<HazardView[]>(() => observeHazardViewsInBackground(db), [], [db]);
  const marks = readMarksFor(userId);
  const read = useSyncExternalStore((l) => marks.subscribe(l), () => marks.get());
  const items = useMemo(() => deriveNotifications(views, { userId, role }, shanghaiDate(new Date())), [views, userId, role]);
  return { items, read, unread: unreadCount(items, read), marks };
}
