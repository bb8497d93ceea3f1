import { useId, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

interface ChartFrameProps {
  title: string;
  /** The chart itself; hidden from screen readers, which get the table. */
  chart: ReactNode;
  head: string[];
  rows: (string | number)[][];
}

/**
 * A chart with the numbers behind it one click away: a toggle shows them as a table under the
 * chart. Screen readers always have the table (the chart is a picture to them).
 */
export function ChartFrame({ title, chart, head, rows }: ChartFrameProps) {
  const { t } = useTranslation();
  const [shown, setShown] = useState(false);
  const tableId = useId();
  return (
    <figure className="report-chart panel">
      <div className="report-chart__head">
        <figcaption>{title}</figcaption>
        <button type="button" className="button button--ghost button--small" aria-expanded={shown} aria-controls={tableId} onClick={() => setShown(!shown)}>
          {shown ? t('reports.ui.hideNumbers') : t('reports.ui.showNumbers')}
        </button>
      </div>
      {/* Not inert: that would also stop the mouse, and with it the tooltips that give full unit names.
          The charts turn off recharts' keyboard layer instead, so nothing hidden here takes focus. */}
      <div aria-hidden="true">{chart}</div>
      {/* Hidden by its wrapper: a table keeps its content's width whatever its own, and would scroll the page sideways. */}
      <div className={shown ? undefined : 'visually-hidden'}>
        <table id={tableId} className="table report-chart__numbers" aria-label={title}>
          <thead>
            <tr>{head.map((h) => <th key={h} scope="col">{h}</th>)}</tr>
          </thead>
          <tbody>
            {rows.map((r, i) => (
              <tr key={i}>{r.map((c, j) => <td key={j}>{c}</td>)}</tr>
            ))}
          </tbody>
        </table>
      </div>
    </figure>
  );
}
