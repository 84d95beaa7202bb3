// The second stage: the engine, the marks, the card, the keyboard and the popup's link. Not in the manifest and
// not web-accessible: the background injects it (scripting.executeScript) into a page whose first stage found
// a possible name. It runs in the same isolated world as the first stage, never in the page's.
// Why injection rather than import() of a web-accessible module (scripts/bench/stage2-latency.ts measures both,
// request to second stage running, Chromium 156 and Firefox 153): the two cost the same order of time (tens of
// milliseconds, mostly compiling and evaluating this script, which both must do, off the page's critical path),
// but a web-accessible file is one every page can request (in Firefox by a UUID that stays per install; in
// Chromium a use_dynamic_url session address), and injection exposes nothing. Its price is the `scripting`
// permission and host permissions equal to the content script's matches: no new install warning.
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { runContentScript } from '@/dom/content-controller';
import { ContentScriptContext } from '@/platform/content-script-context';
import { timed } from '@/dom/work-clock';

export default defineUnlistedScript(() => {
  const world = globalThis as { backstoryReader?: boolean };
  if (world.backstoryReader) return; // injected twice (two requests raced): one reader only
  world.backstoryReader = true;
  // The synchronous start (the engine's tables are built here) counts as work too.
  void timed(() => runContentScript(new ContentScriptContext('reader')));
});
