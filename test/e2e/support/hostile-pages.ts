// Hostile and pathological pages, written for the tests: pages that try to reach into the extension, pages
// with a strict CSP that reports violations, and pages whose sheer shape (one huge text node, 60k lines,
// deep nesting, a flood of names) once froze the tab. Each page measures its own frames (FRAME_PROBE).

/** The page's own script: the longest gap between animation frames since it started (main-thread blocking). */
export const FRAME_PROBE = `<script>
  window.__maxGap = 0;
  window.__resetGaps = () => { window.__maxGap = 0; last = performance.now(); };
  let last = performance.now();
  const tick = () => { const now = performance.now(); if (now - last > window.__maxGap) window.__maxGap = now - last; last = now; requestAnimationFrame(tick); };
  requestAnimationFrame(tick);
</script>`;

const page = (title: string, body: string, head = '') =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${title}</title>${head}${FRAME_PROBE}</head><body>${body}</body></html>`;

const ARTICLE = `<main><article>
  <h1>Activist Ali al-Mikdam missing in Baghdad</h1>
  <p id="p1">Friends of Ali al-Mikdam said he was last seen in Karrada. Mustafa al-Kadhimi ordered an inquiry.</p>
  <p id="p2">The case recalls the killing of Hisham al-Hashimi in 2020 and of Ihab al-Wazni in Karbala.</p>
  <div id="late"></div>
</article></main>`;

/** A page that listens for everything the extension might tell it, and tries everything to control it. */
export const spyPage = () =>
  page(
    'Spy',
    ARTICLE,
    `<script>
      window.__messages = [];
      window.__events = [];
      addEventListener('message', (e) => window.__messages.push(typeof e.data === 'string' ? e.data : JSON.stringify(e.data)));
      for (const type of ['wxt:content-script-started', 'wxt:locationchange']) document.addEventListener(type, () => window.__events.push(type), true);
    </script>`,
  );

/** Strict CSP that reports every violation to the site: the extension must cause none. */
export const CSP_HEADER = "default-src 'self'; style-src 'none'; img-src 'self'; script-src 'self' 'unsafe-inline'; report-uri /csp-report";
export const cspPage = () => page('CSP', ARTICLE);

/** The whole document is editable: nothing typed may be read. */
export const designModePage = () => page('Design mode', ARTICLE.replace('<main>', '<main><script>document.designMode = "on";</script>'));

/** Editable by style (Chromium's -webkit-user-modify), and an element made editable after the scan. */
export const editablePage = () =>
  page(
    'Editable',
    `<main>
      <p id="styled" style="-webkit-user-modify: read-write">Typed: Ali al-Mikdam met Hisham al-Hashimi.</p>
      <p id="later">Later editable: Ihab al-Wazni in Karbala.</p>
      <p id="plain">Read: Mustafa al-Kadhimi in Baghdad.</p>
    </main>`,
  );

/** A page that claims our old element name first and removes whatever joins <html> once. */
export const squatPage = () =>
  page(
    'Squat',
    ARTICLE,
    `<script>
      customElements.define('backstory-card', class extends HTMLElement { constructor() { super(); window.__squatted = true; } });
      window.__removed = 0;
      new MutationObserver((records) => {
        for (const r of records) for (const n of r.addedNodes) if (n.nodeType === 1 && n.parentNode === document.documentElement && n !== document.body && n !== document.head && window.__removed < 1) { window.__removed++; n.remove(); }
      }).observe(document.documentElement, { childList: true });
    </script>`,
  );

/** n lines of "Karbala - update i" in one <pre>: every line looks like a dateline. */
export const datelinesPage = (n: number) =>
  page('Datelines', `<main><pre>${Array.from({ length: n }, (_, i) => `Karbala - update ${i}: Ali al-Mikdam`).join('\n')}</pre></main>`);

/**
 * One text node of about `mb` megabytes with a name every ~2 KB. In a <pre> with a line break every 2 KB, so
 * that the browser's own line layout stays affordable; the text node is still one node of `mb` MB.
 */
export const hugeNodePage = (mb: number) => {
  const unit = 'The market opened late and traders waited for news from the port. '.repeat(30) + 'Ali al-Mikdam was named.\n';
  return page('Huge node', `<main><pre>${unit.repeat(Math.ceil((mb * 1_000_000) / unit.length))}</pre></main>`);
};

/** A name at the bottom of 10,000 nested spans, and text around it at every level. */
export const nestedPage = (depth: number) =>
  page('Nested', `<main><div>${'<span>x '.repeat(depth)}Ali al-Mikdam in Karrada${'</span>'.repeat(depth)}</div><p>Hisham al-Hashimi</p></main>`);

/** 100,000 mentions in one text node. */
export const densePage = (n: number) => page('Dense', `<main><p>${'Ali al-Mikdam, '.repeat(n)}</p></main>`);

/** A live blog the page drives itself: __add(n) adds n entries (one insertAdjacentHTML each), __clear() removes them. */
export const livePage = () =>
  page(
    'Live',
    `<main><h1>Live: Baghdad</h1><div id="feed"></div></main>`,
    `<script>
      window.__add = (n) => { const feed = document.getElementById('feed'); for (let i = 0; i < n; i++) feed.insertAdjacentHTML('beforeend', '<p class="entry">Entry ' + i + ': Ali al-Mikdam spoke of Hisham al-Hashimi in Karrada, near Karbala.</p>'); };
      window.__burst = () => document.getElementById('feed').insertAdjacentHTML('beforeend', Array.from({ length: 5 }, (_, i) => '<p class="burst">Burst ' + i + ': Ali al-Mikdam, Hisham al-Hashimi, Ihab al-Wazni and Mustafa al-Kadhimi.</p>').join(''));
      window.__clear = () => { document.getElementById('feed').replaceChildren(); };
    </script>`,
  );
