// The element that holds the card: a plain <div> (no custom element name a page could define first) with a
// closed shadow root, styled through an adopted stylesheet (CSSOM, which no page CSP blocks) and inline
// !important properties a page's CSS cannot override. It is in the page only while a card is open.
import cardCss from '@/components/card.css?inline';
import { markOwnElement } from './text-chunks';

export interface CardHost {
  host: HTMLElement;
  /** Where the card renders, inside the shadow root. */
  container: HTMLElement;
}

const HOST_STYLE: Record<string, string> = {
  all: 'initial',
  display: 'block',
  position: 'fixed',
  top: '0',
  left: '0',
  width: '0',
  height: '0',
  overflow: 'visible',
  'z-index': '2147483647',
  visibility: 'visible',
  opacity: '1',
  transform: 'none',
  filter: 'none',
  'pointer-events': 'auto',
};

export function createCardHost(doc: Document): CardHost {
  const host = doc.createElement('div');
  for (const [name, value] of Object.entries(HOST_STYLE)) host.style.setProperty(name, value, 'important');
  // Text spacing stays adjustable by the reader's own stylesheets (WCAG 1.4.12): not !important. The card sets
  // its own spacing (card.css), so a page's spacing does not reach it through the host either.
  for (const name of ['letter-spacing', 'word-spacing', 'line-height']) host.style.setProperty(name, 'normal');
  markOwnElement(host);
  // Test builds also label the host, so that tests can find it; the store build gives a page nothing to select.
  if (__BACKSTORY_TEST_HOOKS__) host.setAttribute('data-backstory-test', 'card');
  // Test builds open the shadow root so that end-to-end tests can read the card; the store build is closed.
  const root = host.attachShadow({ mode: __BACKSTORY_TEST_HOOKS__ ? 'open' : 'closed' });
  adoptStyles(doc, root, cardCss);
  const container = doc.createElement('div');
  root.append(container);
  return { host, container };
}

function adoptStyles(doc: Document, root: ShadowRoot, css: string): void {
  const view = doc.defaultView as (Window & typeof globalThis) | null;
  try {
    // The page's own constructor: Firefox's content-script sandbox cannot adopt a sheet made by its own.
    const sheet = new (view?.CSSStyleSheet ?? CSSStyleSheet)();
    sheet.replaceSync(css);
    root.adoptedStyleSheets = [sheet];
    return;
  } catch {
    // Falls through: a browser without constructable stylesheets gets a <style> inside the shadow root.
  }
  const style = doc.createElement('style');
  style.textContent = css;
  root.append(style);
}
