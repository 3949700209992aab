/**
 * Lets at most `limit` write transactions of this process hold a database connection at once.
 * Writes run one at a time under the write lock anyway; a push queued on that lock while holding
 * a pooled connection would only starve the pulls and sign-ins that need one (a reconnect storm
 * pushes from every tablet at once). The rest wait here, in arrival order, at no cost.
 */
export function writerGate(limit: number) {
  let active = 0;
  const queue: (() => void)[] = [];
  return async function run<T>(work: () => Promise<T>): Promise<T> {
    if (active >= limit) await new Promise<void>((resolve) => queue.push(resolve));
    else active += 1;
    try {
      return await work();
    } finally {
      const next = queue.shift();
      if (next) next();
      else active -= 1;
    }
  };
}
