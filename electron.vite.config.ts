import { resolve } from 'node:path';
import { defineConfig } from 'electron-vite';
import react from '@vitejs/plugin-react';
import type { Plugin } from 'vite';
import { contentSecurityPolicy } from './src-main/security/contentSecurityPolicy';
import { desktopChannels } from './src-main/shared/contract';
import packageJson from './package.json';

/**
 * Puts the CSP into the built page as a meta tag. Only for builds: Vite's dev server injects
 * inline scripts and opens a websocket for hot reload, which the strict policy would block.
 */
function contentSecurityPolicyMeta(): Plugin {
  return {
    name: 'scope-journal-csp',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler: () => [
        {
          tag: 'meta',
          attrs: { 'http-equiv': 'Content-Security-Policy', content: contentSecurityPolicy },
          injectTo: 'head-prepend',
        },
      ],
    },
  };
}

export default defineConfig({
  main: {
    build: {
      outDir: 'out/main',
      lib: { entry: resolve(__dirname, 'src-main/index.ts') },
    },
  },
  preload: {
    // The contract table's channel names, as plain data: the preload needs only these, so it never
    // bundles the table's zod schemas.
    define: { __SCOPE_JOURNAL_DESKTOP_CHANNELS__: JSON.stringify(desktopChannels) },
    build: {
      outDir: 'out/preload',
      // A sandboxed preload can require nothing but `electron`: bundle everything else into it.
      externalizeDeps: false,
      lib: { entry: resolve(__dirname, 'src-main/preload/index.ts') },
      rolldownOptions: { external: ['electron'] },
    },
  },
  renderer: {
    root: resolve(__dirname, 'src-renderer'),
    base: './',
    plugins: [react(), contentSecurityPolicyMeta()],
    define: { 'import.meta.env.PACKAGE_VERSION': JSON.stringify(packageJson.version) },
    build: {
      // electron-vite leaves the renderer unminified; minified, every window (the hidden PDF
      // window included) parses a fraction of the code.
      minify: true,
      outDir: resolve(__dirname, 'out/renderer'),
      rolldownOptions: { input: resolve(__dirname, 'src-renderer/index.html') },
    },
    server: { host: '127.0.0.1' },
    preview: { host: '127.0.0.1' },
  },
});
