import { useEffect, useState } from 'react';

/** Typing waits this long before a list is asked again, so a word is one query, not one per letter. */
export const SEARCH_DELAY_MS = 250;

/** `value` once it has stayed the same for `delayMs`. */
export function useDebounced<T>(value: T, delayMs = SEARCH_DELAY_MS): T {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setSettled(value), delayMs);
    return () => clearTimeout(timer);
  }, [value, delayMs]);
  return settled;
}
