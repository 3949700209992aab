import { DEMO_USERS } from '../seed/demoUsers';
import { seedDemoTown } from '../seed/seedDemoTown';
import { openStore, type OpenedStore } from '../store/openStore';
import type { ChangeNotice, Principal } from '@anxun/shared-schema';

/**
 * The demo town in a fresh in-memory store, its users as requireAuth sees them (with the
 * enterprises of their open tasks), and every change notice the store announces from now on:
 * the harness of the tests that check who a notice wakes and what a stream is sent.
 */
export async function demoTownWithNotices(): Promise<{ opened: OpenedStore; users: Principal[]; notices: ChangeNotice[] }> {
  const opened = await openStore({ dataDir: undefined });
  await seedDemoTown(opened.store, new Date());
  const users = await Promise.all(DEMO_USERS.map(async (u) => (await opened.store.findUserById(u.userId))?.principal ?? u));
  const notices: ChangeNotice[] = [];
  opened.store.onChanges((notice) => notices.push(notice));
  return { opened, users, notices };
}
