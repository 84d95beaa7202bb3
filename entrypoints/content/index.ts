import '@/components/highlights.css';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { runContentScript } from '@/dom/content-controller';
import type { ContentScriptContext } from '@/platform/content-script-context';

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_idle',
  // highlights.css goes into the manifest (no element in the page); the card's CSS is adopted in its shadow root.
  cssInjectionMode: 'manifest',
  main(ctx) {
    // wxt.config.ts replaces WXT's context with ours (platform/content-script-context.ts), which the page cannot reach.
    void runContentScript(ctx as unknown as ContentScriptContext);
  },
});
