import type { Enterprise, Writ } from '@anxun/shared-schema';
import { useDatabase } from '../../db/DatabaseContext';
import { observeEnterprise } from '../../db/enterpriseRepository';
import { observeHazardView, type HazardView } from '../../db/hazardRepository';
import { useObservable } from '../../db/useObservable';
import { observeWrits } from '../../db/writRepository';

/** What a writ issued on a hazard needs: the hazard with its events, its enterprise, and that enterprise's writs. */
export function useHazardWrits(hazardId: string): { view: HazardView | null; enterprise: Enterprise | null; writs: Writ[] } {
  const db = useDatabase();
  const view = useObservable<HazardView | null>(() => observeHazardView(db, hazardId), null, [db, hazardId]);
  const enterpriseId = view?.hazard.enterpriseId ?? '';
  const enterprise = useObservable<Enterprise | null>(() => observeEnterprise(db, enterpriseId), null, [db, enterpriseId]);
  const writs = useObservable<Writ[]>(() => observeWrits(db, enterpriseId), [], [db, enterpriseId]);
  return { view, enterprise, writs };
}
