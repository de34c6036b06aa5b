import { fileURLToPath } from 'node:url'
import { defineConfig } from 'vite'

// A static page: relative asset paths so it works from any folder or file server.
export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  base: './',
  resolve: {
    // The readers decode legacy encodings with the browser's TextDecoder; iconv-lite, their
    // fallback for labels TextDecoder lacks, needs Node's Buffer and is left out of the page.
    alias: { 'iconv-lite': fileURLToPath(new URL('./src/no-iconv.js', import.meta.url)) },
  },
  build: { outDir: 'dist', emptyOutDir: true, chunkSizeWarningLimit: 2000 },
})
