import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';

// The app is served from the WAR root, possibly under a context path, so every asset URL is
// relative. Routing uses the URL hash, so the server needs no fallback to index.html.
export default defineConfig({
  base: './',
  plugins: [react()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
  },
  server: {
    // `npm run dev` against a locally running Payara Micro.
    proxy: { '/api': 'http://localhost:8080' },
  },
  test: {
    environment: 'node',
    include: ['src/**/*.test.{ts,tsx}'],
  },
});
