// The key under which two names count as the same name for the duplicate-name check. It folds what the
// matcher folds (case, diacritics, apostrophes, hyphens, Arabic letter forms, the article).
const ARABIC_FOLD: Record<string, string> = { 'أ': 'ا', 'إ': 'ا', 'آ': 'ا', 'ٱ': 'ا', 'ى': 'ي', 'ة': 'ه', 'گ': 'ك', 'ک': 'ك', 'ی': 'ي' };

export function nameKey(name: string): string {
  return name
    .normalize('NFD')
    .replace(/[\u0300-\u036f\u064b-\u065f\u0670\u0640]/g, '')
    .toLowerCase()
    .replace(/[أإآٱىةگکی]/g, (ch) => ARABIC_FOLD[ch] ?? ch)
    .replace(/['’ʿʾ‘`´]/g, '')
    .replace(/[-‐–]/g, ' ')
    .split(/\s+/)
    .filter(Boolean)
    .map((token) => token.replace(/^(al|el)$/, '').replace(/^ال(?=..)/, ''))
    .filter(Boolean)
    .join(' ');
}
