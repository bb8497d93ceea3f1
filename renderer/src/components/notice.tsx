import { createContext, useCallback, useContext, useState, type ReactNode } from 'react';

type Tone = 'info' | 'error';
const NoticeContext = createContext<(text: string, tone?: Tone) => void>(() => {});

/** One polite status line at the bottom of the window for "saved", "archived" and errors. */
export function NoticeProvider({ children }: { children: ReactNode }) {
  const [notice, setNotice] = useState<{ text: string; tone: Tone; at: number } | null>(null);
  const show = useCallback((text: string, tone: Tone = 'info') => {
    const at = Date.now();
    setNotice({ text, tone, at });
    setTimeout(() => setNotice((n) => (n?.at === at ? null : n)), 5000);
  }, []);
  return (
    <NoticeContext.Provider value={show}>
      {children}
      <div className="notice-region" aria-live="polite">
        {notice && <p className={`notice notice--${notice.tone}`} role={notice.tone === 'error' ? 'alert' : 'status'}>{notice.text}</p>}
      </div>
    </NoticeContext.Provider>
  );
}

export const useNotice = () => useContext(NoticeContext);
