/**
 * The Chrome build used only by scripts/bench/first-highlight.ts: the project's own config
 * (minified as shipped) with the step times of src/page/start-steps.ts turned on, in
 * .output/bench-steps/.
 */
import { benchBuildConfig } from './bench-build-config';

export default benchBuildConfig('.output/bench-steps', (vite) => ({ ...vite, define: { ...(vite.define ?? {}), __AL_STEP_MARKS__: 'true' } }));
