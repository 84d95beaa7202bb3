// The full record page (record.html#<id>): reads the bundled dataset and the reader's language, and follows
// the hash, so that related entities are links within the page and the browser's back button works.
import { render } from 'preact';
import dataset from 'virtual:backstory/dataset';
import { Record } from '@/components/Record';
import { buildRecord } from '@/lib/record-model';
import { resolveLang, t } from '@/lib/i18n';
import { loadSettings, watchSettings } from './settings-store';
import type { Settings } from '@/lib/settings';

const idFromHash = () => decodeURIComponent(location.hash.replace(/^#/, ''));

async function copyText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    // Older engines or a refused permission: the selection route.
    const area = document.createElement('textarea');
    area.value = text;
    document.body.append(area);
    area.select();
    const ok = document.execCommand('copy');
    area.remove();
    return ok;
  }
}

export async function startRecord(root: HTMLElement): Promise<void> {
  let settings: Settings = await loadSettings();
  const draw = () => {
    const lang = resolveLang(settings.language, navigator.language);
    const record = buildRecord(dataset, idFromHash(), lang) ?? null;
    document.documentElement.lang = lang;
    document.documentElement.dir = lang === 'ar' ? 'rtl' : 'ltr';
    document.title = record ? t(lang, 'record.title', { name: record.card.name }) : t(lang, 'record.notFound');
    render(<Record lang={lang} record={record} href={(id) => `#${encodeURIComponent(id)}`} copy={copyText} />, root);
  };
  addEventListener('hashchange', () => {
    draw();
    scrollTo(0, 0);
    document.querySelector<HTMLElement>('h1')?.focus();
  });
  watchSettings((next) => {
    settings = next;
    draw();
  });
  draw();
}
