import { useEffect, useState } from 'react';
import { publicReportApi } from '../../sync/publicReportApi';

/** The towns the public page offers; empty until loaded (or when the server is not reached). */
export function useTowns(): { code: string; name: string }[] {
  const [towns, setTowns] = useState<{ code: string; name: string }[]>([]);
  useEffect(() => {
    let live = true;
    publicReportApi.towns().then((list) => live && setTowns(list), () => undefined);
    return () => { live = false; };
  }, []);
  return towns;
}
