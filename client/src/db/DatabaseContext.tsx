import { createContext, useContext } from 'react';
import type { AnxunDatabase } from './database';

export const DatabaseContext = createContext<AnxunDatabase | null>(null);

export function useDatabase(): AnxunDatabase {
  const db = useContext(DatabaseContext);
  if (!db) throw new Error('useDatabase outside a DatabaseContext provider');
  return db;
}
