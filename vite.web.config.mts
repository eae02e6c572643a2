import { defineConfig } from 'vite';

/**
 * Serves the built renderer (out/renderer) on 127.0.0.1 for a plain browser: `npm run web`, the
 * end-to-end tests and the benchmark all use it. `vite preview` serves `build.outDir`.
 */
export default defineConfig({
  build: { outDir: 'out/renderer' },
  preview: { host: '127.0.0.1', port: 4173, strictPort: true },
  logLevel: 'warn',
});
