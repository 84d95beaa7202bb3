import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { datasetPlugin } from './data/vite-plugin';

const GECKO_ID = 'backstory@backstory.invalid';

export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  vite: () => ({ plugins: [preact(), datasetPlugin()] }),
  manifest: ({ browser }) => ({
    name: 'Backstory',
    description: 'The backstory of the names in the news, from a dataset bundled in the extension. Sends nothing anywhere.',
    permissions: ['storage', 'tabs'],
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
