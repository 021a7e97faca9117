import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// Resolved from this file so the build works whatever the caller's cwd (root script or package dir).
const webRoot = fileURLToPath(new URL('.', import.meta.url));

export default defineConfig({
  root: webRoot,
  plugins: [react()],
  build: {
    outDir: fileURLToPath(new URL('./dist', import.meta.url)),
    emptyOutDir: true,
  },
  server: {
    // The API runs separately in development (`npm run dev`); same-origin proxying keeps the session
    // cookie and CSRF rules identical to production, where the server serves this app itself.
    proxy: { '/api': 'http://127.0.0.1:3000' },
  },
});
