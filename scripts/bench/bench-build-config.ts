/**
 * The benchmarks' own Chrome builds (wxt.profile.config.ts, wxt.steps.config.ts): the project's
 * config (wxt.config.ts) with one change to its Vite config, written to a directory of their own
 * under .output/ so the real build in .output/chrome-mv3 is left alone.
 */
import { defineConfig, type UserConfig, type WxtViteConfig } from 'wxt';
import base from '../../wxt.config';

export function benchBuildConfig(outDir: string, change: (vite: WxtViteConfig) => WxtViteConfig): UserConfig {
  const baseVite = base.vite;
  return defineConfig({
    ...base,
    outDir,
    vite: async (env) => change(typeof baseVite === 'function' ? await baseVite(env) : {}),
  } satisfies UserConfig);
}
