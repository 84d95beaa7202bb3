// The second stage's owner: loads the settings, builds the engine, and starts each feature (marks, card,
// hover, keyboard, popup link) with one AbortSignal and the shared services. The signal aborts when the
// extension goes away (the context is invalidated), and every feature stops with it: each listener is added
// with the signal, so none outlives its feature.
import type { ContentScriptContext } from '@/platform/content-script-context';
import matchIndex from 'virtual:backstory/match-index';
import { Spotter } from '@/lib/spotter';
import { isSiteEnabled, siteOf, type Settings } from '@/lib/settings';
import { cardLang } from '@/lib/i18n';
import type { Lang } from '@/lib/card-model';
import { loadSettings, watchSettings } from '@/platform/settings-store';
import { highlightsSupported } from './highlighter';
import { markStage } from './first-stage';
import { runSliced, yieldToPage } from './sliced-work';
import { Marks } from './reader/marks';
import { CardFeature } from './reader/card';
import { startHover } from './reader/hover';
import { startKeyboard } from './reader/keyboard';
import { startPopupLink } from './reader/popup-link';
import type { ReaderServices } from './reader/services';

export async function runContentScript(ctx: ContentScriptContext): Promise<void> {
  if (!highlightsSupported() || !document.body) return;
  markStage('reader');
  const signal = ctx.signal;
  let settings: Settings = await loadSettings();
  let lang: Lang = cardLang(settings.language, document.documentElement.lang, navigator.language);
  const services: ReaderServices = {
    site: siteOf(location.href),
    settings: () => settings,
    lang: () => lang,
    checkValid: () => void ctx.isInvalid,
  };
  // The engine's tables, built across short tasks: at once they are one long task on a cold page.
  const spotter = await runSliced(Spotter.building(matchIndex));
  await yieldToPage(); // the features start in a task of their own, not in the build's last slice

  const card = new CardFeature(services, signal, (range) => marks.setActive(range));
  const marks = new Marks(spotter, services, signal, () => card.checkAnchor());
  startHover(marks, card, signal);
  startKeyboard(marks, card, signal);
  startPopupLink(services, marks, card, signal);

  const start = () => {
    if (!document.hidden) return marks.start();
    // Hidden tabs do no work until shown.
    const onVisible = () => {
      if (document.hidden) return;
      document.removeEventListener('visibilitychange', onVisible);
      marks.start();
    };
    document.addEventListener('visibilitychange', onVisible, { signal });
  };
  const stop = () => {
    card.close(false);
    marks.stop();
  };

  const unwatch = watchSettings((next) => {
    const wasEnabled = isSiteEnabled(settings, services.site);
    settings = next;
    const nextLang = cardLang(settings.language, document.documentElement.lang, navigator.language);
    if (nextLang !== lang) {
      lang = nextLang;
      card.languageChanged();
    }
    const enabled = isSiteEnabled(settings, services.site);
    if (enabled && !wasEnabled) start();
    else if (!enabled && wasEnabled) stop();
    else marks.applySettings(settings);
  });
  signal.addEventListener('abort', unwatch, { once: true });

  if (isSiteEnabled(settings, services.site)) start();
}
