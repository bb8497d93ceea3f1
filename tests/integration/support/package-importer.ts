import { resolve } from 'node:path';
import { dispatch } from '../../../shared/contract/dispatch';
import { startServices } from '../../../electron/services/bootstrap';
import { confSettings } from '../../../electron/settings/conf-settings';
import { stubDesktop } from '../../host/stub-desktop';

/**
 * Child process of packages-crash.test.ts: `node package-importer.mjs DATA_DIR PACKAGE`. Prints
 * `start`, imports the package through the real handler table, prints `done`. The parent kills
 * it with SIGKILL at some point in between.
 */
const dataDir = resolve(process.argv[2] ?? '');
const path = resolve(process.argv[3] ?? '');
const services = startServices(dataDir, confSettings(dataDir), 'crash-test', stubDesktop(dataDir).desktop);
services.ctx.chosenPaths.add(path);
process.stdout.write('start\n');
const result = await dispatch(services.handlers, 'packages.import', { path, confirmNameMatches: true });
process.stdout.write(result.ok ? 'done\n' : `failed ${JSON.stringify(result.error)}\n`);
