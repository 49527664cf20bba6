/**
 * The Chrome build used only for the benchmark's CPU profile: the project's own config
 * (wxt.config.ts) with minification off, so the profile names the source's functions, written
 * to .output/bench-profile/ so the real build in .output/chrome-mv3 is left alone.
 * Built by bench/bench.ts with `wxt build -c bench/wxt.profile.config.ts`.
 */
import { defineConfig, type UserConfig } from 'wxt';
import base from '../wxt.config';

const baseVite = base.vite;

export default defineConfig({
  ...base,
  outDir: '.output/bench-profile',
  vite: async (env) => {
    const vite = typeof baseVite === 'function' ? await baseVite(env) : {};
    return { ...vite, build: { ...(vite.build ?? {}), minify: false } };
  },
} satisfies UserConfig);
