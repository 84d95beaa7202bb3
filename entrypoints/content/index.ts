import '@/components/card.css';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { runContentScript } from '@/dom/content-controller';

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_idle',
  cssInjectionMode: 'ui',
  main(ctx) {
    void runContentScript(ctx);
  },
});
