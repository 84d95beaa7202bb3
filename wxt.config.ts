import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { fileURLToPath } from 'node:url';
import { datasetPlugin } from './data/vite-plugin';

/** BACKSTORY_TEST_HOOKS=1 builds for the end-to-end tests into .output/test: the card's shadow root is open. */
const TEST_HOOKS = process.env.BACKSTORY_TEST_HOOKS === '1';
/** BACKSTORY_STAGE2=import builds, for measurement only, the other way to load the second stage: a
 * web-accessible module the first stage imports (into .output/stage2-import). The shipped way is injection. */
const STAGE2_IMPORT = process.env.BACKSTORY_STAGE2 === 'import';

const GECKO_ID = 'backstory@backstory.invalid';

export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  outDir: STAGE2_IMPORT ? '.output/stage2-import' : TEST_HOOKS ? '.output/test' : '.output',
  vite: () => ({
    plugins: [preact(), datasetPlugin()],
    define: { __BACKSTORY_TEST_HOOKS__: JSON.stringify(TEST_HOOKS), __BACKSTORY_STAGE2_IMPORT__: JSON.stringify(STAGE2_IMPORT) },
    resolve: {
      alias: {
        // WXT's context talks to the page (see the file): ours does not.
        'wxt/utils/content-script-context': fileURLToPath(new URL('./platform/content-script-context.ts', import.meta.url)),
      },
    },
  }),
  manifest: ({ browser }) => ({
    // In the browser's language (public/_locales/en and ar).
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    // No `tabs`: the content script tells the popup its page's site, so no tab address is ever read.
    // `scripting` and the host permissions: the background injects the second stage into a page whose first
    // stage found a possible name. The hosts are the content script's own, so the install prompt is the same
    // ("read and change your data on all websites" already comes with a content script on every site).
    permissions: ['storage', 'scripting'],
    host_permissions: ['http://*/*', 'https://*/*'],
    ...(STAGE2_IMPORT
      ? { web_accessible_resources: [{ resources: ['reader.js'], matches: ['http://*/*', 'https://*/*'], ...(browser === 'firefox' ? {} : { use_dynamic_url: true }) }] }
      : {}),
    action: { default_title: 'Backstory' },
    commands: {
      'next-name': { suggested_key: { default: 'Alt+Shift+N' }, description: 'Go to the next marked name and open its card' },
      'previous-name': { suggested_key: { default: 'Alt+Shift+P' }, description: 'Go to the previous marked name and open its card' },
    },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: GECKO_ID,
              // data_collection_permissions (declaring that nothing is collected) needs 140 on desktop.
              strict_min_version: '140.0',
              data_collection_permissions: { required: ['none'] },
            },
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : {}),
  }),
});
