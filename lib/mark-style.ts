// How a page's names are marked: the reader's style, except that an Arabic or right-to-left page gets the tint
// where the reader kept the default underline (a dotted underline runs into the dots under Arabic letters).
import type { Settings } from './settings';

export function markStyleFor(style: Settings['style'], page: { lang?: string | null; dir?: string | null }): Settings['style'] {
  if (style !== 'underline') return style;
  const arabic = (page.lang ?? '').trim().toLowerCase().startsWith('ar');
  const rtl = (page.dir ?? '').trim().toLowerCase() === 'rtl';
  return arabic || rtl ? 'background' : style;
}
