// Snippets evaluated in the page to read what the extension did. Strings, so that both Playwright and
// Puppeteer run them unchanged.

/** Every highlighted range, as {type, text, inSkipped}. */
export const READ_HIGHLIGHTS = `(() => {
  const out = [];
  for (const type of ['person', 'group', 'event', 'place']) {
    const h = CSS.highlights.get('backstory-' + type);
    if (!h) continue;
    for (const r of h) {
      const el = r.startContainer.parentElement;
      const inSkipped = !!(el && el.closest('script,style,noscript,textarea,input,select,[contenteditable],backstory-card'));
      out.push({ type, text: r.toString(), inSkipped });
    }
  }
  return out;
})()`;

/** The centre of the first highlighted range whose text is exactly this. */
export const rangeCenter = (text: string) => `(() => {
  for (const type of ['person', 'group', 'event', 'place']) {
    const h = CSS.highlights.get('backstory-' + type);
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
  const host = document.querySelector('backstory-card');
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
