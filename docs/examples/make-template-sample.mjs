// Writes docs/examples/template-sample.xlsx from tests/support/template-sample.ts with the app's own
// workbook writer (electron/excel/template-write.ts), so the sample always follows the layout the
// app reads. Run from the repository root: node docs/examples/make-template-sample.mjs
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { bundleForNode } from '../../electron/build/node-bundle.mjs';

const OUT = 'docs/examples/template-sample.xlsx';
const dir = mkdtempSync(join(tmpdir(), 'patuh-sample-'));
try {
  const script = await bundleForNode({
    source: `
      import { writeFileSync } from 'node:fs';
      import { SAMPLE_TEMPLATE } from './tests/support/template-sample.ts';
      import { buildTemplateWorkbook } from './electron/excel/template-write.ts';
      // A fixed date: the workbook's properties do not change from one run to the next.
      writeFileSync(${JSON.stringify(OUT)}, await buildTemplateWorkbook(SAMPLE_TEMPLATE, new Date('2025-01-01T00:00:00Z')));
    `,
    outfile: join(dir, 'make-sample.mjs'),
  });
  await import(pathToFileURL(script).href);
  console.log(`Wrote ${OUT}`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
