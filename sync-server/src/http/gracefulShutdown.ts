import type { Server } from 'node:http';

/** How long open requests may take to finish once a shutdown starts; then their connections are cut. */
export const DRAIN_MS = 10_000;

/**
 * Stops accepting connections, ends the open change streams, lets requests in flight finish (up to
 * `drainMs`) and closes keep-alive connections as they fall idle. Resolves 'drained' when every
 * connection closed by itself, 'cut' when the deadline forced the rest closed.
 */
export async function drainServers(servers: readonly Server[], endStreams: () => void, drainMs = DRAIN_MS): Promise<'drained' | 'cut'> {
  const closed = Promise.all(servers.map((server) => new Promise<void>((resolve) => server.close(() => resolve()))));
  endStreams();
  // A connection that finishes its request during the drain becomes idle: close it then, not at the deadline.
  const idle = setInterval(() => {
    for (const server of servers) server.closeIdleConnections();
  }, 50);
  let deadline: NodeJS.Timeout | undefined;
  const outcome = await Promise.race([closed.then(() => 'drained' as const), new Promise<'cut'>((resolve) => (deadline = setTimeout(() => resolve('cut'), drainMs)))]);
  clearInterval(idle);
  clearTimeout(deadline);
  if (outcome === 'cut') for (const server of servers) server.closeAllConnections();
  return outcome;
}
