import type { ReactNode } from 'react';
import { Bar, BarChart, CartesianGrid, Cell, LabelList, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { TOOLTIP_BOX } from '../../components/chart-tooltip';

export interface ChartDatum {
  label: string;
  count: number;
  color?: string;
}

/**
 * A bar chart with the numbers behind it in a small table under it: screen readers and careful
 * readers get the exact figures, and nothing depends on hovering.
 */
export function CountChart({ title, data, horizontal, countLabel, itemLabel }: { title: string; data: ChartDatum[]; horizontal?: boolean; countLabel: string; itemLabel: string }) {
  const height = horizontal ? Math.max(140, 40 + data.length * 30) : 220;
  const bars = (
    <Bar dataKey="count" name={countLabel} fill="#0b5cab" isAnimationActive={false}>
      {data.map((d) => <Cell key={d.label} fill={d.color ?? '#0b5cab'} />)}
      <LabelList dataKey="count" position={horizontal ? 'right' : 'top'} fill="#1d2430" />
    </Bar>
  );
  // A picture to screen readers and the keyboard (no Tab stop, no tooltip keys): the table below has the figures.
  return (
    <figure>
      <figcaption>{title}</figcaption>
      <div aria-hidden="true">
        <ResponsiveContainer width="100%" height={height}>
          {horizontal ? (
            <BarChart data={data} layout="vertical" margin={{ left: 8, right: 24 }} accessibilityLayer={false}>
              <CartesianGrid horizontal={false} stroke="#e3e6eb" />
              <XAxis type="number" allowDecimals={false} />
              <YAxis type="category" dataKey="label" width={210} tick={{ fontSize: 12 }} />
              <Tooltip {...TOOLTIP_BOX} />
              {bars}
            </BarChart>
          ) : (
            <BarChart data={data} margin={{ top: 16 }} accessibilityLayer={false}>
              <CartesianGrid vertical={false} stroke="#e3e6eb" />
              <XAxis dataKey="label" interval={0} tick={{ fontSize: 11 }} height={48} tickFormatter={(v: string) => (v.length > 18 ? `${v.slice(0, 17)}…` : v)} />
              <YAxis allowDecimals={false} />
              <Tooltip {...TOOLTIP_BOX} />
              {bars}
            </BarChart>
          )}
        </ResponsiveContainer>
      </div>
      <NumbersTable caption={title} head={[itemLabel, countLabel]}>
        {data.map((d) => (
          <tr key={d.label}><td>{d.label}</td><td>{d.count}</td></tr>
        ))}
      </NumbersTable>
    </figure>
  );
}

function NumbersTable({ caption, head, children }: { caption: string; head: [string, string]; children: ReactNode }) {
  return (
    <table className="chart-numbers" aria-label={caption}>
      <thead><tr><th scope="col">{head[0]}</th><th scope="col">{head[1]}</th></tr></thead>
      <tbody>{children}</tbody>
    </table>
  );
}
