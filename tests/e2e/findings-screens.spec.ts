import { join } from 'node:path';
import { expect, test } from './fixtures';
import { day, seedDashboard } from './findings-seed';

/**
 * The findings screens as a person sees them, in both languages: full-page screenshots of the
 * register, a finding and the dashboard, written to PATUH_SHOTS_DIR (or the test's output folder)
 * for a human to look at. The checks here are only that each screen finished drawing.
 */
for (const language of ['id', 'en'] as const) {
  test(`findings screens look right (${language})`, async ({ app }, info) => {
    const { page } = app;
    const dir = process.env.PATUH_SHOTS_DIR ?? info.outputPath();
    const shot = (name: string) => page.screenshot({ path: join(dir, `${name}-${language}.png`), fullPage: true });
    const { late, entityId } = await seedDashboard(app);
    await app.call('settings.update', { language, auditorName: 'Dewi Manajer Mutu' });
    await app.call('findings.saveAnalysis', { id: late.id, fields: { correction: 'Nomor antrean ditulis tangan sementara', whys: ['Mesin antrean rusak', 'Tidak ada kontrak pemeliharaan'], rootCause: 'Pemeliharaan peralatan tidak direncanakan' } });
    await app.call('findings.addAction', { findingId: late.id, fields: { description: 'Kontrak pemeliharaan mesin antrean', owner: 'Kepala Dinas', dueDate: day(20) } });
    await app.call('findings.transition', { id: late.id, command: 'plan' });
    const other = await app.call<{ id: string }>('findings.create', { entityId, fields: { clause: '10.2', grade: 'minor', statement: 'Tindakan korektif audit lalu tidak ditinjau efektivitasnya', foundOn: day(-45) } });
    await app.call('findings.addAction', { findingId: other.id, fields: { description: 'Tinjau efektivitas tindakan audit 2024', owner: 'Wakil Manajemen Mutu', dueDate: day(-1) } });

    await app.open('findings');
    await expect(page.getByRole('table').getByRole('row')).toHaveCount(6);
    await shot('register');

    await app.open(`findings/${late.id}`);
    await expect(page.getByRole('heading', { level: 1 })).toContainText('8.5.1');
    await shot('detail');

    await app.open('findings/dashboard');
    await expect(page.locator('.recharts-bar-rectangle').first()).toBeVisible();
    await shot('dashboard');

    await app.open('home');
    await expect(page.locator('.home-overdue')).toBeVisible();
    await shot('home');
  });
}
