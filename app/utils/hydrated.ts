import { useEffect, useState } from "react";

/** False in the server render and until hydration: for hints that only hold when JavaScript runs. */
export function useHydrated() {
  const [hydrated, setHydrated] = useState(false);
  useEffect(() => setHydrated(true), []);
  return hydrated;
}
