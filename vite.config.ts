import react from '@vitejs/plugin-react';
import { resolve } from 'node:path';
import { defineConfig, type Plugin } from 'vite';
import { pinyinIndexModule } from './scripts/pinyin-index.ts';

/** The on-screen keyboard's pinyin index, generated at build time (scripts/pinyin-index.ts), a chunk of its own loaded when a pinyin field opens. */
const pinyinIndex = (): Plugin => ({
  name: 'pinyin-index',
  resolveId: (id) => (id === 'virtual:pinyin-index' ? '\0virtual:pinyin-index' : null),
  load: (id) => (id === '\0virtual:pinyin-index' ? pinyinIndexModule() : null),
});

// The renderer: two pages, the kiosk (index.html) and the developer page (dev.html), so the kiosk
// bundle carries none of the developer tools. `base: './'` lets Electron load it from its own scheme.
export default defineConfig({
  root: resolve(import.meta.dirname, 'renderer'),
  base: './',
  plugins: [react(), pinyinIndex()],
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
