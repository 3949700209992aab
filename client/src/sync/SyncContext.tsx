import { createContext, useContext, useSyncExternalStore } from 'react';
import type { Outbox } from './outbox';
import type { PhotoUploader } from './photoUploader';
import type { SyncEngine } from './replication';
import type { SyncStatus, SyncStatusStore } from './syncStatus';

export interface SyncServices {
  status: SyncStatusStore;
  engine: SyncEngine;
  outbox: Outbox;
  photos: PhotoUploader;
}

export const SyncContext = createContext<SyncServices | null>(null);

export function useSyncServices(): SyncServices {
  const services = useContext(SyncContext);
  if (!services) throw new Error('useSyncServices outside SyncContext');
  return services;
}

export function useSyncStatus(): SyncStatus {
  const { status } = useSyncServices();
  return useSyncExternalStore((l) => status.subscribe(l), () => status.get());
}
