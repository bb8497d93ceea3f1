import { createContext, useCallback, useContext, useEffect, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

type Tone = 'info' | 'error';
const NoticeContext = createContext<(text: string, tone?: Tone) => void>(() => {});

/**
 * One polite status line at the bottom of the window for "saved", "archived" and errors. An error
 * belongs to the screen it happened on, so it goes when the user moves to another screen (a
 * confirmation such as "finding #12 raised" may follow the move it announces). The line sits at
 * the left of the content, away from the Save and Cancel buttons at the right, and can be closed.
 */
export function NoticeProvider({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const [notice, setNotice] = useState<{ text: string; tone: Tone; at: number } | null>(null);
  const show = useCallback((text: string, tone: Tone = 'info') => {
    const at = Date.now();
    setNotice({ text, tone, at });
    setTimeout(() => setNotice((n) => (n?.at === at ? null : n)), 5000);
  }, []);
  useEffect(() => {
    const leaveScreen = () => setNotice((n) => (n?.tone === 'error' ? null : n));
    window.addEventListener('hashchange', leaveScreen);
    return () => window.removeEventListener('hashchange', leaveScreen);
  }, []);
  return (
    <NoticeContext.Provider value={show}>
      {children}
      <div className="notice-region" aria-live="polite">
        {notice && (
          <div className={`notice notice--${notice.tone}`}>
            <p className="notice__text" role={notice.tone === 'error' ? 'alert' : 'status'}>{notice.text}</p>
            <button type="button" className="notice__close" aria-label={t('actions.close')} onClick={() => setNotice(null)}>×</button>
          </div>
        )}
      </div>
    </NoticeContext.Provider>
  );
}

export const useNotice = () => useContext(NoticeContext);
