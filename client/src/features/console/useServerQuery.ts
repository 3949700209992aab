import { useCallback, useEffect, useState } from 'react';

export type ServerQuery<T> = { data: T | null; error: unknown; loading: boolean; reload: () => void };

/**
 * The answer of a server query for `key`. While a new key loads, the previous answer stays (the
 * screen does not flash empty); an answer to an older key never overwrites a newer one.
 */
export function useServerQuery<T>(load: () => Promise<T>, key: string): ServerQuery<T> {
  const [round, setRound] = useState(0);
  const token = `${round}:${key}`;
  const [result, setResult] = useState<{ token: string; data: T | null; error: unknown }>({ token: '', data: null, error: null });
  useEffect(() => {
    let current = true;
    load().then(
      (data) => current && setResult({ token, data, error: null }),
      (error: unknown) => current && setResult((previous) => ({ token, data: previous.data, error })),
    );
    return () => {
      current = false;
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps -- `key` names everything `load` depends on
  }, [token]);
  const reload = useCallback(() => setRound((r) => r + 1), []);
  return { data: result.data, error: result.token === token ? result.error : null, loading: result.token !== token, reload };
}
