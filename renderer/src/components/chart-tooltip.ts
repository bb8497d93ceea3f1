import type { CSSProperties } from 'react';

/**
 * recharts' tooltip keeps its text on one line, so a long unit name ("Dinas Pemberdayaan
 * Perempuan, Perlindungan Anak, …") made it wider than a half-width chart and the whole screen
 * scrolled sideways while it showed. Capped and wrapping, it stays inside the chart.
 */
export const TOOLTIP_BOX: { contentStyle: CSSProperties; wrapperStyle: CSSProperties } = {
  contentStyle: { whiteSpace: 'normal', overflowWrap: 'anywhere' },
  wrapperStyle: { maxWidth: '18rem', zIndex: 2 },
};
