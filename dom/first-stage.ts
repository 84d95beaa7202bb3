// Wires the first stage: the sentinel over the page's text, the popup's question while no name has been
// found, and the request for the second stage. Talks only to the extension (runtime messages), never to the
// page, and adds nothing to the page (test builds label the stage reached on <html>, for the tests).
import type { SentinelKeys } from '@/lib/sentinel-keys';
import { runtimeApi, type ContentScriptContext } from '@/platform/content-script-context';
import { PageSentinel } from './sentinel';

/** The message that asks the background for the second stage (platform/background.ts). */
export const LOAD_READER = 'load-reader';

export function markStage(stage: 'sentinel' | 'reader'): void {
  if (!__BACKSTORY_TEST_HOOKS__) return;
  document.documentElement.setAttribute('data-backstory-test-stage', stage);
  // When each stage began, in the page's time: the second stage's load latency (scripts/bench).
  document.documentElement.setAttribute(`data-backstory-test-${stage}-at`, performance.now().toFixed(2));
}

/** The site as lib/settings.ts siteOf() has it (that module is the second stage's: too heavy here). */
const siteOf = (url: string): string => {
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return '';
  }
};

export function startFirstStage(ctx: ContentScriptContext, keys: SentinelKeys): void {
  // Without the Highlight API the second stage could mark nothing: nothing to look for.
  if (!(globalThis as { CSS?: { highlights?: unknown } }).CSS?.highlights || !document.body) return;
  const api = runtimeApi();
  const site = siteOf(location.href);

  // Until the second stage is here, the popup hears from this one: no names on the page (yet).
  const onMessage = (message: unknown, _sender: unknown, sendResponse: (response: unknown) => void) => {
    if ((message as { type?: unknown } | null)?.type !== 'get-page-entities') return undefined;
    void api.storage.local.get('settings').then(
      (stored) => {
        const disabled = (stored.settings as { disabledSites?: unknown } | undefined)?.disabledSites;
        sendResponse({ enabled: !(Array.isArray(disabled) && disabled.includes(site)), site, entities: [] });
      },
      () => sendResponse({ enabled: true, site, entities: [] }),
    );
    return true;
  };
  api.runtime.onMessage.addListener(onMessage);

  const sentinel = new PageSentinel(document, {
    keys,
    signal: ctx.signal,
    onCandidate: () => {
      api.runtime.onMessage.removeListener(onMessage);
      if (__BACKSTORY_TEST_HOOKS__) document.documentElement.setAttribute('data-backstory-test-requested-at', performance.now().toFixed(2));
      // The measured alternative (BACKSTORY_STAGE2=import): the reader as a web-accessible module, imported here.
      if (__BACKSTORY_STAGE2_IMPORT__) void import(/* @vite-ignore */ api.runtime.getURL('/reader.js')).catch(() => void ctx.isInvalid);
      else api.runtime.sendMessage({ type: LOAD_READER }).catch(() => void ctx.isInvalid);
    },
  });
  ctx.onInvalidated(() => api.runtime.onMessage.removeListener(onMessage));
  markStage('sentinel');
  sentinel.start();
}
