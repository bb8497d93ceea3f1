import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import './page-control.css';

/**
 * Previous and next page around a line saying where the reader is ("Halaman 2", "51–100 dari
 * 120"). `page` counts from 0; the screen asks main for that page only.
 */
export function PageControl({ label, page, hasNext, onPage, children }: {
  label: string;
  page: number;
  hasNext: boolean;
  onPage: (page: number) => void;
  children: ReactNode;
}) {
  const { t } = useTranslation();
  return (
    <nav className="toolbar page-control" aria-label={label}>
      <button type="button" className="button" disabled={page === 0} onClick={() => onPage(page - 1)}>‹ {t('pages.previous')}</button>
      <span>{children}</span>
      <button type="button" className="button" disabled={!hasNext} onClick={() => onPage(page + 1)}>{t('pages.next')} ›</button>
    </nav>
  );
}
