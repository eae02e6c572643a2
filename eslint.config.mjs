import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

const nodeModules = ['electron', 'node:*', 'fs', 'path', 'child_process', 'os', 'crypto'];

/** Keeps the layers visible: the contract imports no runtime, the renderer never reaches Node. */
function restrictImports(patterns, message) {
  return { 'no-restricted-imports': ['error', { patterns: [{ group: patterns, message }] }] };
}

export default tseslint.config(
  { ignores: ['out/**', 'node_modules/**', 'test-results/**', 'playwright-report/**', 'bench/results/**', 'reports/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['**/*.mjs', '**/*.cjs', '**/*.js'],
    ...tseslint.configs.disableTypeChecked,
  },
  {
    // electron-builder loads its hooks with require(), so they are CommonJS.
    files: ['scripts/**/*.cjs'],
    languageOptions: { sourceType: 'commonjs' },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    // Types of plain-JavaScript modules (the packaging hooks, the seeded random generator), for the
    // TypeScript that imports them; tsc checks them there.
    files: ['scripts/**/*.d.cts', 'src-renderer/src/domain/**/*.d.mts'],
    ...tseslint.configs.disableTypeChecked,
  },
  {
    files: ['src-renderer/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      ...restrictImports(
        [...nodeModules, '**/src-main/**', '!**/src-main/shared', '!**/src-main/shared/**'],
        'The renderer reaches the desktop only through the contract: from src-main it imports src-main/shared alone.',
      ),
    },
  },
  {
    // Pure domain logic: no React, no database. (Later blocks replace earlier ones' restrictions,
    // so each repeats the renderer's own.)
    files: ['src-renderer/src/domain/**/*.{ts,mts,mjs}'],
    rules: restrictImports(
      [
        ...nodeModules,
        '**/src-main/**',
        '!**/src-main/shared',
        '!**/src-main/shared/**',
        'react',
        'react-dom',
        'dexie',
        'dexie-react-hooks',
        '**/db',
        '**/db/**',
      ],
      'domain/ is pure TypeScript: no React, no Dexie, no db/, no Node, and from src-main only the contract.',
    ),
  },
  {
    files: ['src-main/shared/**/*.ts'],
    rules: restrictImports(
      [...nodeModules, 'react', 'react-dom', 'dexie', 'dexie-react-hooks'],
      'src-main/shared is the contract both runtimes import: no electron, Node, DOM, React or Dexie (zod is fine).',
    ),
  },
  {
    // Services are plain Node: Electron's capabilities reach them as ports.
    files: ['src-main/services/**/*.ts'],
    rules: restrictImports(['electron'], 'src-main/services take Electron capabilities as ports and never import electron.'),
  },
  // Each file gets its own runtime's globals (they matter where TypeScript does not check: plain
  // JavaScript). The renderer is a browser page; main, scripts and configs are Node; a sandboxed
  // preload has both, as Electron gives it; tests and the bench drive a browser from Node.
  { files: ['src-renderer/**'], languageOptions: { globals: { ...globals.browser } } },
  { files: ['src-main/**', 'scripts/**', '.ci/**', '*.{js,mjs,cjs,ts,mts}'], languageOptions: { globals: { ...globals.node } } },
  { files: ['src-main/preload/**', 'tests/**', 'bench/**'], languageOptions: { globals: { ...globals.browser, ...globals.node } } },
);
