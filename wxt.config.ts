import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';

// https://wxt.dev/api/config.html
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  srcDir: '.',
  vite: () => ({ plugins: [preact()] }),
  manifest: {
    name: 'Attribution Lens',
    description: "Highlights APT40, APT31, China's Ministry of State Security and the 2021 Exchange hack, with the context of the 19 July 2021 attribution.",
    permissions: ['storage'],
  },
});
