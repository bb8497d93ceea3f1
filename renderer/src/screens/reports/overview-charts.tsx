import { useTranslation } from 'react-i18next';
import { Bar, BarChart, CartesianGrid, Cell, LabelList, Legend, ReferenceLine, ResponsiveContainer, Tooltip, XAxis, YAxis, type YAxisTickContentProps } from 'recharts';
import { TOOLTIP_BOX } from '../../components/chart-tooltip';
import type { EntityOverview } from '../../../../shared/domain/reports';
import type { Zone } from '../../../../shared/domain/zone';
import { formatScore, useLocalized } from '../audits/audit-text';
import { ChartFrame } from './chart-frame';

/** The entity overview's charts, each with its numbers a click away (ChartFrame). */

export const ZONE_FILL: Record<Zone, string> = { green: '#2e9e4f', yellow: '#e0a800', red: '#c0392b' };
const ZONES: Zone[] = ['green', 'yellow', 'red'];
/** Blues from dark to light, then greys: dimensions stay apart without clashing with zone colours. */
const DIMENSION_FILL = ['#0b5cab', '#4f86c6', '#8fb3e0', '#c3d6ef', '#5d6776', '#8e97a5', '#b8bfca', '#2b4a7a', '#6b9bd1', '#dfe6f1'];
const AXIS_TICK = { fontSize: 12, fill: '#1d2430' };
/** Unit-name column widths, and about how many characters of the axis font fit in each. */
const LABEL_WIDTH = 250;
const LINE_CHARS = 36;
/** In the half-width panel (year on year), where the bars need the room. */
const NARROW_LABEL_WIDTH = 170;
const NARROW_LINE_CHARS = 24;

/**
 * A long unit name in lines of at most `max` characters, broken between words; past `lines`
 * lines the rest is shortened with "…" (the full name is the tick's tooltip and in the numbers).
 */
function wrapName(name: string, max = LINE_CHARS, lines = 2): string[] {
  const out: string[] = [];
  let rest = name.trim().split(/\s+/);
  while (rest.length && out.length < lines - 1) {
    let line = rest[0]!.slice(0, max);
    let used = 1;
    while (used < rest.length && `${line} ${rest[used]}`.length <= max) line = `${line} ${rest[used++]}`;
    out.push(line);
    rest = rest[0]!.length > max && used === 1 ? [rest[0]!.slice(max), ...rest.slice(1)] : rest.slice(used);
  }
  const last = rest.join(' ');
  if (last) out.push(last.length > max ? `${last.slice(0, max - 1).trimEnd()}…` : last);
  return out;
}

/** A unit on the category axis: wrapped to two lines, with the full name as its tooltip. */
function UnitTick({ x, y, payload, chars }: Pick<YAxisTickContentProps, 'x' | 'y' | 'payload'> & { chars: number }) {
  const name = String(payload?.value ?? '');
  const lines = wrapName(name, chars);
  return (
    <g transform={`translate(${x},${y})`} className="report-chart__tick">
      <title>{name}</title>
      <text textAnchor="end" fontSize={AXIS_TICK.fontSize} fill={AXIS_TICK.fill}>
        {lines.map((line, i) => (
          <tspan key={i} x={-6} dy={i === 0 ? `${0.35 - (lines.length - 1) * 0.575}em` : '1.15em'}>{line}</tspan>
        ))}
      </text>
    </g>
  );
}
const tickOf = (chars: number) => function tick(props: YAxisTickContentProps) {
  return <UnitTick x={props.x} y={props.y} payload={props.payload} chars={chars} />;
};
const unitTick = tickOf(LINE_CHARS);
const narrowUnitTick = tickOf(NARROW_LINE_CHARS);
/** Legend entries in the series' own order (recharts sorts them by name), in the text colour so pale series stay legible. */
const legend = (order: string[]) => ({
  itemSorter: (item: { dataKey?: unknown }) => order.indexOf(String(item.dataKey)),
  formatter: (value: unknown) => <span className="report-legend">{String(value)}</span>,
});
/** Tooltip lines in the same order and colour as the legend's. */
const tooltipOrder = (order: string[]) => ({
  itemSorter: (item: { dataKey?: unknown }) => order.indexOf(String(item.dataKey)),
  itemStyle: { color: '#1d2430' },
});
/** Room per bar for a two-line unit name. */
const barsHeight = (n: number, per = 36) => 70 + n * per;

function useFormat() {
  const { i18n } = useTranslation();
  return (value: unknown) => (typeof value === 'number' ? formatScore(value, i18n.language) : String(value ?? ''));
}

/** Unit scores as bars coloured by zone, with the green threshold as a line. */
export function UnitScoresChart({ o }: { o: EntityOverview }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const data = o.units.map((u) => ({ name: u.unitName, score: u.score, zone: u.zone }));
  return (
    <ChartFrame
      title={t('reports.ui.unitScores')}
      head={[t('reports.ui.rank'), t('reports.ui.unit'), t('reports.ui.score'), t('reports.ui.zone')]}
      rows={o.units.map((u) => [u.rank, u.unitName, fmt(u.score), t(`zone.${u.zone}`)])}
      chart={
        <ResponsiveContainer width="100%" height={barsHeight(data.length)}>
          <BarChart accessibilityLayer={false} data={data} layout="vertical" margin={{ top: 24, right: 56, left: 8, bottom: 4 }}>
            <CartesianGrid horizontal={false} stroke="#e3e6eb" />
            <XAxis type="number" domain={[0, 100]} ticks={[0, 20, 40, 60, 80, 100]} tick={AXIS_TICK} />
            <YAxis type="category" dataKey="name" width={LABEL_WIDTH} tick={unitTick} interval={0} />
            <Tooltip {...TOOLTIP_BOX} formatter={(v) => [fmt(v), t('reports.ui.score')]} itemStyle={{ color: '#1d2430' }} />
            <ReferenceLine
              x={o.policy.green}
              stroke={ZONE_FILL.green}
              strokeWidth={2}
              strokeDasharray="5 3"
              label={{ value: t('reports.ui.greenLine', { green: fmt(o.policy.green) }), position: 'top', fill: '#177534', fontSize: 12 }}
            />
            <Bar dataKey="score" isAnimationActive={false}>
              {data.map((d) => <Cell key={d.name} fill={ZONE_FILL[d.zone]} />)}
              <LabelList dataKey="score" position="right" formatter={fmt} fill="#1d2430" fontSize={12} />
            </Bar>
          </BarChart>
        </ResponsiveContainer>
      }
    />
  );
}

export function ZoneChart({ o }: { o: EntityOverview }) {
  const { t } = useTranslation();
  const total = o.units.length || 1;
  const data = ZONES.map((z) => ({ name: t(`zone.${z}`), units: o.zoneCounts[z], zone: z }));
  return (
    <ChartFrame
      title={t('reports.ui.zoneDistribution')}
      head={[t('reports.ui.zone'), t('reports.ui.units'), '%']}
      rows={ZONES.map((z) => [t(`zone.${z}`), o.zoneCounts[z], `${Math.round((o.zoneCounts[z] / total) * 100)}%`])}
      chart={
        <ResponsiveContainer width="100%" height={240}>
          <BarChart accessibilityLayer={false} data={data} margin={{ top: 24, right: 16, left: 0, bottom: 4 }}>
            <CartesianGrid vertical={false} stroke="#e3e6eb" />
            <XAxis dataKey="name" tick={AXIS_TICK} />
            <YAxis allowDecimals={false} tick={AXIS_TICK} />
            <Tooltip {...TOOLTIP_BOX} formatter={(v) => [String(v), t('reports.ui.units')]} itemStyle={{ color: '#1d2430' }} />
            <Bar dataKey="units" isAnimationActive={false}>
              {data.map((d) => <Cell key={d.zone} fill={ZONE_FILL[d.zone]} />)}
              <LabelList dataKey="units" position="top" fill="#1d2430" fontSize={12} />
            </Bar>
          </BarChart>
        </ResponsiveContainer>
      }
    />
  );
}

/** Each unit's points, one stacked segment per dimension of the entity's main method. */
export function DimensionChart({ o }: { o: EntityOverview }) {
  const { t } = useTranslation();
  const loc = useLocalized();
  const fmt = useFormat();
  const groups = o.method?.groups ?? [];
  const units = o.units.filter((u) => u.sameMethod);
  const data = units.map((u) => ({ name: u.unitName, ...Object.fromEntries(u.groups.map((g) => [g.groupId, g.points])) }));
  return (
    <ChartFrame
      title={t('reports.ui.dimensionPoints')}
      head={[t('reports.ui.unit'), ...groups.map((g) => `${loc(g.label)} (${fmt(g.weight)})`), t('reports.ui.total')]}
      rows={units.map((u) => [u.unitName, ...u.groups.map((g) => fmt(g.points)), fmt(u.score)])}
      chart={
        <ResponsiveContainer width="100%" height={barsHeight(data.length) + 40}>
          <BarChart accessibilityLayer={false} data={data} layout="vertical" margin={{ top: 8, right: 24, left: 8, bottom: 4 }}>
            <CartesianGrid horizontal={false} stroke="#e3e6eb" />
            <XAxis type="number" domain={[0, 100]} ticks={[0, 20, 40, 60, 80, 100]} tick={AXIS_TICK} />
            <YAxis type="category" dataKey="name" width={LABEL_WIDTH} tick={unitTick} interval={0} />
            <Tooltip {...TOOLTIP_BOX} formatter={(v, name) => [fmt(v), name]} {...tooltipOrder(groups.map((g) => g.id))} />
            <Legend wrapperStyle={{ fontSize: 12 }} {...legend(groups.map((g) => g.id))} />
            {groups.map((g, i) => (
              <Bar key={g.id} dataKey={g.id} name={loc(g.label)} stackId="points" fill={DIMENSION_FILL[i % DIMENSION_FILL.length]} isAnimationActive={false} />
            ))}
          </BarChart>
        </ResponsiveContainer>
      }
    />
  );
}

/** This year's score beside the year before, for units audited both years. */
export function YearOnYearChart({ o }: { o: EntityOverview }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const units = o.units.filter((u) => u.previous);
  if (!units.length) {
    return (
      <figure className="report-chart panel">
        <figcaption>{t('reports.ui.yearOnYear')}</figcaption>
        <p className="muted">{t('reports.ui.noPrevious')}</p>
      </figure>
    );
  }
  const data = units.map((u) => ({ name: u.unitName, previous: u.previous!.score, current: u.score }));
  const change = (v: number) => `${v > 0 ? '+' : ''}${fmt(v)}`;
  return (
    <ChartFrame
      title={t('reports.ui.yearOnYear')}
      head={[t('reports.ui.unit'), t('reports.ui.previous'), String(o.year), t('reports.ui.change')]}
      rows={units.map((u) => [u.unitName, `${fmt(u.previous!.score)} (${u.previous!.year})`, fmt(u.score), change(u.change ?? 0)])}
      chart={
        <ResponsiveContainer width="100%" height={barsHeight(data.length, 44) + 30}>
          <BarChart accessibilityLayer={false} data={data} layout="vertical" margin={{ top: 8, right: 56, left: 8, bottom: 4 }}>
            <CartesianGrid horizontal={false} stroke="#e3e6eb" />
            <XAxis type="number" domain={[0, 100]} ticks={[0, 20, 40, 60, 80, 100]} tick={AXIS_TICK} />
            <YAxis type="category" dataKey="name" width={NARROW_LABEL_WIDTH} tick={narrowUnitTick} interval={0} />
            <Tooltip {...TOOLTIP_BOX} formatter={(v, name) => [fmt(v), name]} {...tooltipOrder(['previous', 'current'])} />
            <Legend wrapperStyle={{ fontSize: 12 }} {...legend(['previous', 'current'])} />
            <Bar dataKey="previous" name={t('reports.ui.previous')} fill="#9aa5b5" isAnimationActive={false}>
              <LabelList dataKey="previous" position="right" formatter={fmt} fill="#5d6776" fontSize={11} />
            </Bar>
            <Bar dataKey="current" name={String(o.year)} fill="#0b5cab" isAnimationActive={false}>
              <LabelList dataKey="current" position="right" formatter={fmt} fill="#1d2430" fontSize={11} />
            </Bar>
          </BarChart>
        </ResponsiveContainer>
      }
    />
  );
}
