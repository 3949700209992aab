import { foldHazard, photoHashesOf, TERMINAL_STATES, type Hazard, type HazardEvent, type Inspection } from '@anxun/shared-schema';
import type { PhotoReferences } from '../photos/evictionPlan';
import type { AnxunDatabase } from './database';

/**
 * The photos this device's documents reference, split by whether the work is still open: a
 * hazard is closed once its fold reaches a terminal state (销号, 核销, 驳回), an inspection once it
 * is finished. A hazard's event photos belong to the hazard.
 */
export async function photoReferences(db: AnxunDatabase): Promise<PhotoReferences> {
  const open = new Set<string>();
  const closed = new Set<string>();
  const [hazards, events, inspections] = await Promise.all([
    db.hazards.find().exec().then((docs) => docs.map((d) => d.toJSON() as Hazard)),
    db.hazardEvents.find().exec().then((docs) => docs.map((d) => d.toJSON() as HazardEvent)),
    db.inspections.find().exec().then((docs) => docs.map((d) => d.toJSON() as Inspection)),
  ]);
  const eventsOf = new Map<string, HazardEvent[]>();
  for (const e of events) eventsOf.set(e.hazardId, [...(eventsOf.get(e.hazardId) ?? []), e]);
  for (const hazard of hazards) {
    const own = eventsOf.get(hazard.id) ?? [];
    const target = TERMINAL_STATES.includes(foldHazard(hazard, own).state) ? closed : open;
    for (const hash of photoHashesOf('hazards', hazard)) target.add(hash);
    for (const e of own) for (const hash of photoHashesOf('hazardEvents', e)) target.add(hash);
  }
  for (const inspection of inspections) {
    const target = inspection.status === 'finished' ? closed : open;
    for (const hash of photoHashesOf('inspections', inspection)) target.add(hash);
  }
  return { open, closed };
}
