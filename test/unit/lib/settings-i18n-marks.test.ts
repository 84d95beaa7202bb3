import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, readSettings, validatePatch } from '@/lib/settings';
import { FIRST_MENTION_GAP, FirstMentions, sectionOf } from '@/lib/first-mention';

describe('first mention per section', () => {
  it('marks the first of each name in a section, then again only after about 600 characters', () => {
    const first = new FirstMentions();
    const article = {};
    const aside = {};
    expect(first.mark('per:a', article, 0)).toBe(true);
    expect(first.mark('per:a', article, 40)).toBe(false);
    expect(first.mark('per:b', article, 50)).toBe(true);
    expect(first.mark('per:a', aside, 60)).toBe(true);
    expect(first.mark('per:a', aside, 100)).toBe(false);
    expect(first.mark('per:a', aside, 60 + FIRST_MENTION_GAP)).toBe(true);
    first.clear();
    expect(first.mark('per:a', aside, 700)).toBe(true);
  });

  it('finds the section a name sits in, looking only a bounded way up', () => {
    type El = { tagName: string; parentElement: El | null };
    const article: El = { tagName: 'ARTICLE', parentElement: null };
    let deep: El = { tagName: 'P', parentElement: article };
    expect(sectionOf(deep)).toBe(article);
    for (let i = 0; i < 10_000; i++) deep = { tagName: 'SPAN', parentElement: deep };
    expect(sectionOf(deep)).toBeNull();
  });

  it('is a setting: the first mention per section by default, or every one', () => {
    expect(DEFAULT_SETTINGS.marks).toBe('first');
    expect(readSettings({ marks: 'first' }).settings.marks).toBe('first');
    expect(readSettings({ marks: 'some' }).problems[0].path).toBe('settings.marks');
    expect(validatePatch({ marks: 'first' })).toEqual([]);
  });
});

describe('the mark style of a page', () => {
  it('tints Arabic and right-to-left pages where the reader kept the underline', async () => {
    const { markStyleFor } = await import('@/lib/mark-style');
    expect(markStyleFor('underline', { lang: 'ar', dir: '' })).toBe('background');
    expect(markStyleFor('underline', { lang: '', dir: 'rtl' })).toBe('background');
    expect(markStyleFor('underline', { lang: 'en', dir: 'ltr' })).toBe('underline');
    expect(markStyleFor('off', { lang: 'ar', dir: 'rtl' })).toBe('off');
    expect(markStyleFor('background', { lang: 'en', dir: '' })).toBe('background');
  });
});
