import { productsService } from '../../services/products-service';
import { EXIT, usageError, type CliIo } from '../terminal-io';
import { parseCommandArgs, type Command } from '../command';
import { findEntityId, openDataFolder } from '../read-only-data';
import { productLine, standingLines } from '../standing-lines';
import { reportSources } from '../../services/report-sources';

const USAGE = `Usage: patuh products --data DIR --entity NAME|ID [--period YEAR]

List an institution's Ombudsman products (LAHP, LHA, Saran Penyempurnaan, Rekomendasi) and their
follow-up. With --period, also say whether the institution's opinion for that year reads
"... Tanpa Maladministrasi" (every product issued up to 31 December of the year is tuntas), and
name the products that stand in the way.

Reads the app's data folder read-only, so it may run while the app is open.

Options:
  --data DIR          The app's data folder (required)
  --entity NAME|ID    The institution, by exact name or id (required)
  --period YEAR       The assessment year
  -h, --help          Show this help

Exit codes: 0 listed (whatever the follow-up), 1 the data is bad, 2 wrong command line.`;

async function run(args: string[], io: CliIo): Promise<number> {
  const parsed = parseCommandArgs(args, { data: { type: 'string' }, entity: { type: 'string' }, period: { type: 'string' } }, USAGE, io);
  if (!parsed) return EXIT.ok;
  const v = parsed.values;
  if (parsed.positionals.length) throw usageError(`unexpected argument: ${parsed.positionals[0]}`, USAGE);
  for (const option of ['data', 'entity'] as const) if (!v[option]) throw usageError(`missing --${option}`, USAGE);
  const year = v.period === undefined ? null : Number(v.period);
  if (year !== null && (!Number.isInteger(year) || year < 2000 || year > 2100)) throw usageError(`--period must be a year such as 2025, not "${v.period}"`, USAGE);

  const data = openDataFolder(v.data!);
  try {
    const entityId = findEntityId(data.ctx, v.entity!);
    const service = productsService(data.ctx);
    const products = service.list({ entityId, overdueOnly: false, search: '' });
    io.out(`${products.length} Ombudsman product(s)`);
    for (const p of products) io.out(`  ${productLine(p)}`);
    if (year !== null) {
      const overview = reportSources(data.ctx).entityOverview(entityId, year);
      for (const line of standingLines(service.standing(entityId, year, overview.method), overview.band?.label ?? null)) io.out(line);
    }
    return EXIT.ok;
  } finally {
    data.close();
  }
}

export const productsCommand: Command = { usage: USAGE, run };
