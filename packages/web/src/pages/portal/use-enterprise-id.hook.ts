import { createContext, useContext } from 'react';

/** The logged-in filer's enterprise, provided once by the portal (the shell passes no props to it). */
export const EnterpriseIdContext = createContext<number | null>(null);

export function useEnterpriseId(): number | null {
  return useContext(EnterpriseIdContext);
}
