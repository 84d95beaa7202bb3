// Snippets evaluated in the page to read what the extension did. Strings, so that both Playwright and
// Puppeteer run them unchanged.

/** The card's host in a test build (labelled there; the store build labels nothing). */
export const CARD_HOST = `document.querySelector('[data-backstory-test=card]')`;

/** The highlight registered for a kind, whichever style names it ("off" registers none). */
export const HIGHLIGHT_OF = `((type) => CSS.highlights.get('backstory-underline-' + type) || CSS.highlights.get('backstory-background-' + type))`;

/** Every highlighted range, as {type, text, inSkipped}. */
export const READ_HIGHLIGHTS = `(() => {
  const out = [];
  for (const type of ['person', 'group', 'event', 'place']) {
    const h = ${HIGHLIGHT_OF}(type);
    if (!h) continue;
    for (const r of h) {
      const el = r.startContainer.parentElement;
      const inSkipped = !!(el && el.closest('script,style,noscript,textarea,input,select,[contenteditable]'));
      out.push({ type, text: r.toString(), inSkipped });
    }
  }
  return out;
})()`;

/** The centre of the first highlighted range whose text is exactly this. */
export const rangeCenter = (text: string) => `(() => {
  for (const type of ['person', 'group', 'event', 'place']) {
    const h = ${HIGHLIGHT_OF}(type);
    if (!h) continue;
    for (const r of h) if (r.toString() === ${JSON.stringify(text)}) {
      r.startContainer.parentElement.scrollIntoView({ block: 'center' });
      const rect = r.getClientRects()[0];
      return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
    }
  }
  return null;
})()`;

/** The open card's text and links, read through its (open) shadow root. */
export const READ_CARD = `(() => {
  const host = ${CARD_HOST};
  const card = host && host.shadowRoot && host.shadowRoot.querySelector('.card');
  if (!card || card.closest('[hidden]')) return null;
  const box = card.getBoundingClientRect();
  return {
    entity: card.getAttribute('data-entity'),
    text: card.innerText,
    role: card.getAttribute('role'),
    reports: [...card.querySelectorAll('.reports a')].map((a) => ({ href: a.href, rel: a.rel, target: a.target })),
    box: { left: box.left, top: box.top, right: box.right, bottom: box.bottom },
    viewport: { width: innerWidth, height: innerHeight },
    fontFamily: getComputedStyle(card).fontFamily,
    letterSpacing: getComputedStyle(card).letterSpacing,
  };
})()`;

export const BODY_HTML = 'document.body.innerHTML';

/**
 * From an extension page: the id of the tab whose content script reports names on this site. The extension
 * has no `tabs` permission, so tab addresses are not visible to it (nor to the test); its pages are asked.
 */
export const findPageTab = (site: string) => `(async () => {
  const api = globalThis.browser ?? globalThis.chrome;
  for (const tab of await api.tabs.query({})) {
    const reply = await api.tabs.sendMessage(tab.id, { type: 'get-page-entities' }).catch(() => null);
    if (reply && reply.site === ${JSON.stringify(site)} && reply.entities.length) return tab.id;
  }
  return null;
})()`;
