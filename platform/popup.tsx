// The popup's data: the active tab's entities (asked of its content script), recent cases from the bundled
// dataset, and the settings it changes (site switch, ignored names).
import { render } from 'preact';
import { browser } from 'wxt/browser';
import dataset from 'virtual:backstory/dataset';
import { Popup } from '@/components/Popup';
import { recentCases } from '@/lib/recent-cases';
import { PageEntities, parseMessage } from '@/lib/messages';
import { resolveLang } from '@/lib/i18n';
import { entityName } from '@/lib/card-model';
import type { Settings } from '@/lib/settings';
import { buildCard, type CardModel, type Lang } from '@/lib/card-model';
import { NameSearch } from '@/lib/search';
import { expandAlias } from '@/lib/alias-expand';
import { recordPath } from '@/lib/messages';
import { loadSettings, updateSettings, watchSettings } from './settings-store';

async function activeTab() {
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab;
}

async function pageEntities(tabId: number | undefined): Promise<PageEntities | null> {
  if (tabId === undefined) return null;
  try {
    return parseMessage(PageEntities, await browser.tabs.sendMessage(tabId, { type: 'get-page-entities' })) ?? null;
  } catch {
    return null; // no content script on this page
  }
}

/** Search entries: every name and alias of each entity; a case also by its victims' and places' names. */
function searchIndex(): NameSearch {
  const names = (id: string): string[] => {
    const e = dataset.entities[id];
    if (!e) return [];
    const patterns = [e.names.en, e.names.ar, ...(e.aliases?.en ?? []), ...(e.aliases?.ar ?? []), ...(e.weak_aliases?.en ?? []), ...(e.weak_aliases?.ar ?? [])];
    return patterns.filter((p): p is string => !!p).flatMap(expandAlias);
  };
  return new NameSearch(
    Object.values(dataset.entities).map((e) => ({
      id: e.id,
      texts: [
        ...names(e.id),
        ...(e.type === 'event' ? [...(e.victims ?? []).map((v) => v.person), ...(e.places ?? []).map((p) => p.place)].flatMap(names) : []),
      ],
    })),
  );
}

export async function startPopup(root: HTMLElement): Promise<void> {
  const index = searchIndex();
  const search = (query: string) => index.search(query);
  const matched = (id: string, query: string) => index.matched(id, query);
  const cards = new Map<string, CardModel | undefined>();
  const cardOf = (lang: Lang) => (id: string) => {
    const key = `${lang}:${id}`;
    if (!cards.has(key)) cards.set(key, buildCard(dataset, id, lang));
    return cards.get(key);
  };
  const tab = await activeTab();
  // Tests open the popup in a tab of its own and name the page it stands for.
  const forTab = Number(new URLSearchParams(location.search).get('tab')) || undefined;
  const tabId = forTab ?? tab?.id;
  // The page's site comes from its content script: the popup needs no permission to read tab addresses.
  let site = '';
  let settings: Settings = await loadSettings();

  const draw = async () => {
    const lang = resolveLang(settings.language, navigator.language);
    document.documentElement.lang = lang;
    document.documentElement.dir = lang === 'ar' ? 'rtl' : 'ltr';
    const found = await pageEntities(tabId);
    site = found?.site ?? '';
    // Names in the UI language (the content script reports the English ones).
    const page = found && {
      ...found,
      entities: found.entities.map((e) => ({ ...e, name: dataset.entities[e.id] ? entityName(dataset.entities[e.id], lang) : e.name })),
    };
    const ignored = (settings.ignored[site] ?? []).map((id) => ({
      id,
      name: dataset.entities[id] ? entityName(dataset.entities[id], lang) : id,
    }));
    render(
      <Popup
        lang={lang}
        cases={recentCases(dataset, lang)}
        page={page}
        ignored={ignored}
        search={search}
        matched={matched}
        card={cardOf(lang)}
        datasetDate={dataset.generated}
        onOpenRecord={(id) => {
          void browser.tabs.create({ url: browser.runtime.getURL(recordPath(id) as '/record.html') });
          if (!forTab) window.close();
        }}
        onToggleSite={(enabled) =>
          void updateSettings((s) => ({
            disabledSites: enabled ? s.disabledSites.filter((x) => x !== site) : [...new Set([...s.disabledSites, site])],
          }))
        }
        onReveal={(id) => {
          if (tabId !== undefined) void browser.tabs.sendMessage(tabId, { type: 'reveal', id }).catch(() => {});
          if (!forTab) window.close();
        }}
        onUnignore={(id) =>
          void updateSettings((s) => ({ ignored: { ...s.ignored, [site]: (s.ignored[site] ?? []).filter((x) => x !== id) } }))
        }
        onOpenOptions={() => void browser.runtime.openOptionsPage()}
      />,
      root,
    );
  };
  watchSettings((next) => {
    settings = next;
    // Give the content script a moment to apply the change before asking it again.
    setTimeout(() => void draw(), 150);
  });
  await draw();
}
