import { useEffect, useState } from 'react';
import type { Observable } from 'rxjs';

/** The latest value of an observable; `deps` say when to subscribe to a new one. */
export function useObservable<T>(make: () => Observable<T>, initial: T, deps: readonly unknown[]): T {
  const [value, setValue] = useState<T>(initial);
  useEffect(() => {
    const subscription = make().subscribe(setValue);
    return () => subscription.unsubscribe();
    // eslint-disable-next-line react-hooks/exhaustive-deps -- the caller names what the observable depends on
  }, deps);
  return value;
}
