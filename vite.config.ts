import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { salesfinityProxyPlugin } from './server/vite-plugin.ts';

// One proxy implementation serves `vite` (dev), `vite preview` and `npm start`: the plugin mounts it.
export default defineConfig({
  plugins: [react(), salesfinityProxyPlugin()],
  resolve: { tsconfigPaths: true },
  server: {
    // The dev server serves project files as modules; keep env files out of reach regardless.
    fs: { deny: ['.env', '.env.*', '*.{crt,pem,key}'] },
  },
  build: {
    target: 'es2023',
    sourcemap: false,
  },
});
