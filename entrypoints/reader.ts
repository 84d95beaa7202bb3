// The second stage: the engine, the marks, the card, the keyboard and the popup's link. Not in the manifest and
// not web-accessible: the background injects it (scripting.executeScript) into a page whose first stage found
// a possible name. It runs in the same isolated world as the first stage, never in the page's.
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
