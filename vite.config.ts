import react from '@vitejs/plugin-react';
import { resolve } from 'node:path';
import { defineConfig } from 'vite';

// The renderer: two pages, the kiosk (index.html) and the developer page (dev.html), so the kiosk
// bundle carries none of the developer tools. `base: './'` lets Electron load it from its own scheme.
export default defineConfig({
  root: resolve(import.meta.dirname, 'renderer'),
  base: './',
  plugins: [react()],
  build: {
    outDir: resolve(import.meta.dirname, 'dist/renderer'),
    emptyOutDir: true,
    target: 'chrome120',
    reportCompressedSize: false,
    rollupOptions: {
      input: {
        index: resolve(import.meta.dirname, 'renderer/index.html'),
        dev: resolve(import.meta.dirname, 'renderer/dev.html'),
      },
    },
  },
});
