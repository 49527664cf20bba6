/**
 * The Chrome build used only for the benchmark's CPU profile: the project's own config with
 * minification off, so the profile names the source's functions, in .output/bench-profile/.
 * Built by scripts/bench.ts with `wxt build -c scripts/bench/wxt.profile.config.ts`.
 */
import { benchBuildConfig } from './bench-build-config';

export default benchBuildConfig('.output/bench-profile', (vite) => ({ ...vite, build: { ...(vite.build ?? {}), minify: false } }));
