import { Subject } from 'rxjs';
import type { CollectionName } from '@anxun/shared-schema';

export interface LocalWrite {
  collection: CollectionName;
  id: string;
  updatedAt: string;
}

/** Every write a user makes on this device; the sync layer keeps its outbox from this. */
export const localWrites$ = new Subject<LocalWrite>();
