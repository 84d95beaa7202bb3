// The second stage: the engine, the marks, the card, the keyboard and the popup's link. Not in the manifest and
// not web-accessible: the background injects it (scripting.executeScript) into a page whose first stage found
// a possible name. It runs in the same isolated world as the first stage, never in the page's.
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { runContentScript } from '@/dom/content-controller';
import { ContentScriptContext } from '@/platform/content-script-context';

export default defineUnlistedScript(() => {
  const world = globalThis as { backstoryReader?: boolean };
  if (world.backstoryReader) return; // injected twice (two requests raced): one reader only
  world.backstoryReader = true;
  void runContentScript(new ContentScriptContext('reader'));
});
