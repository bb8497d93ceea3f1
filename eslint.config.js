// Lint, including the three-zone import boundaries of ARCHITECTURE.md:
// shared/ is pure, renderer/ is browser-only, and only a few files in electron/ touch Electron.
import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const NODE_MODULES = ['node:*', 'fs', 'fs/*', 'path', 'os', 'crypto', 'child_process', 'http', 'url', 'util', 'stream', 'module'];
const MAIN_ONLY = ['electron', 'better-sqlite3', 'conf', 'electron-store', 'docx', 'i18next-fs-backend'];
const restrict = (patterns, message) => ['error', { patterns: [{ group: patterns, message }] }];

/** The only files in electron/ that may import Electron itself. */
const ELECTRON_FILES = [
  'electron/main.ts', 'electron/preload.ts', 'electron/window.ts', 'electron/security.ts', 'electron/ipc.ts',
  'electron/app-protocol.ts', 'electron/desktop-electron.ts', 'electron/settings/electron-settings.ts',
];

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'tests/.tmp/**', 'out/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      'no-console': 'off',
    },
  },
  {
    files: ['shared/**/*.ts'],
    languageOptions: { globals: {} },
    rules: {
      'no-restricted-imports': restrict([...NODE_MODULES, ...MAIN_ONLY, 'react', 'react-dom', '**/electron/**', '**/renderer/**'], 'shared/ is pure TypeScript: no Node, Electron, DOM or zone imports.'),
      'no-restricted-globals': ['error', 'window', 'document', 'process', 'require', 'Buffer'],
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-imports': restrict([...NODE_MODULES, ...MAIN_ONLY, '**/electron/**'], 'renderer/ talks only to window.patuh: no Node or Electron.'),
      'no-restricted-globals': ['error', 'process', 'require', 'Buffer'],
    },
  },
  {
    files: ['electron/**/*.ts'],
    ignores: ELECTRON_FILES,
    rules: {
      'no-restricted-imports': restrict(['electron', '**/renderer/**'], 'Only the Electron shell files import electron; services stay plain Node (see ELECTRON_FILES in eslint.config.js).'),
    },
  },
  {
    files: ['tests/e2e/**/*.ts', 'tests/host/bridge.ts'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
);
