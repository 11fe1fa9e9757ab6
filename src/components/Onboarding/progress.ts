/**
 * The reader's progress through the onboarding path, kept in this browser's
 * localStorage and nowhere else. Read after hydration, so the static HTML (no
 * progress) and the first client render agree.
 */
import {useCallback, useEffect, useState} from 'react';

const KEY = 'hpc-atlas:onboarding-done';

function read(): Set<string> {
  try {
    const value = JSON.parse(window.localStorage.getItem(KEY) ?? '[]') as unknown;
    return new Set(Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : []);
  } catch {
    return new Set();
  }
}

export function useOnboardingProgress(): {done: ReadonlySet<string>; toggle: (stepId: string) => void; ready: boolean} {
  const [done, setDone] = useState<ReadonlySet<string>>(new Set());
  const [ready, setReady] = useState(false);
  useEffect(() => {
    setDone(read());
    setReady(true);
    const onStorage = (e: StorageEvent) => e.key === KEY && setDone(read());
    window.addEventListener('storage', onStorage);
    return () => window.removeEventListener('storage', onStorage);
  }, []);
  const toggle = useCallback((stepId: string) => {
    const next = read();
    if (next.has(stepId)) next.delete(stepId);
    else next.add(stepId);
    try {
      window.localStorage.setItem(KEY, JSON.stringify([...next]));
    } catch {
      // Storage may be disabled (private mode): progress then lasts for this page view only.
    }
    setDone(next);
  }, []);
  return {done, toggle, ready};
}
