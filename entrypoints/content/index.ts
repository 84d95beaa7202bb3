// The first stage, on every page (a few KB): reads the text, and only when it may name someone from the dataset
// asks the background for the second stage (entrypoints/reader.ts: the engine, the marks, the card).
import '@/components/highlights.css';
import { defineContentScript } from 'wxt/utils/define-content-script';
import keys from 'virtual:backstory/sentinel-keys';
import { startFirstStage } from '@/dom/first-stage';
import type { ContentScriptContext } from '@/platform/content-script-context';

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_idle',
  // highlights.css goes into the manifest (no element in the page); the card's CSS is adopted in its shadow root.
  cssInjectionMode: 'manifest',
  main(ctx) {
    // wxt.config.ts replaces WXT's context with ours (platform/content-script-context.ts), which the page cannot reach.
    startFirstStage(ctx as unknown as ContentScriptContext, keys);
  },
});
