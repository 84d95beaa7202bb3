import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, readSettings, siteOf, validatePatch } from '@/lib/settings';
import { cardLang, formatDate, resolveLang, t } from '@/lib/i18n';

describe('settings', () => {
  it('keeps the valid fields of a corrupt stored value and reports the rest with their paths', () => {
    const { settings, problems } = readSettings({ version: 1, hoverDelayMs: 'fast', style: 'background', disabledSites: ['example.com'] });
    expect(settings.style).toBe('background');
    expect(settings.disabledSites).toEqual(['example.com']);
    expect(settings.hoverDelayMs).toBe(DEFAULT_SETTINGS.hoverDelayMs);
    expect(problems).toHaveLength(1);
    expect(problems[0].path).toBe('settings.hoverDelayMs');
  });

  it('falls back to the defaults for a value that is not an object', () => {
    expect(readSettings('garbage')).toEqual({ settings: DEFAULT_SETTINGS, problems: [{ path: 'settings', message: 'is not an object; using the defaults' }] });
    expect(readSettings(undefined).settings).toEqual(DEFAULT_SETTINGS);
  });

  it('rejects a bad change with its path, before anything is stored', () => {
    expect(validatePatch({ hoverDelayMs: -5 })).toHaveLength(1);
    expect(validatePatch({ hoverDelayMs: -5 })[0].path).toBe('settings.hoverDelayMs');
    expect(validatePatch({ style: 'background' })).toEqual([]);
    expect(validatePatch({ colour: 'red' } as never)[0]).toEqual({ path: 'settings.colour', message: 'is not a setting' });
  });

  it('keys sites by host name without www', () => {
    expect(siteOf('https://www.example.com/news/1')).toBe('example.com');
    expect(siteOf('not a url')).toBe('');
  });
});

describe('i18n', () => {
  it('uses the six Arabic plural forms', () => {
    expect(t('ar', 'card.sourceCount', { n: 0 })).toBe('لا مصادر');
    expect(t('ar', 'card.sourceCount', { n: 1 })).toBe('مصدر واحد');
    expect(t('ar', 'card.sourceCount', { n: 2 })).toBe('مصدران');
    expect(t('ar', 'card.sourceCount', { n: 3 })).toMatch(/مصادر$/);
    expect(t('ar', 'card.sourceCount', { n: 11 })).toMatch(/مصدرًا$/);
    expect(t('ar', 'card.sourceCount', { n: 100 })).toMatch(/مصدر$/);
    expect(t('en', 'card.sourceCount', { n: 1 })).toBe('1 source');
    expect(t('en', 'card.sourceCount', { n: 4 })).toBe('4 sources');
  });

  it('formats partial dates in the UI language', () => {
    expect(formatDate('en', '2021-07-09')).toBe('9 Jul 2021');
    expect(formatDate('en', '2019-10')).toBe('October 2019');
    expect(formatDate('en', '2024')).toBe('2024');
    expect(formatDate('ar', '2021-07-09')).not.toBe(formatDate('en', '2021-07-09'));
  });

  it('follows the browser unless the reader chose a language', () => {
    expect(resolveLang('auto', 'ar-IQ')).toBe('ar');
    expect(resolveLang('auto', 'en-GB')).toBe('en');
    expect(resolveLang('ar', 'en-GB')).toBe('ar');
  });
});

describe('corrupt stored settings lose nothing that is valid', () => {
  it('keeps every other site when one ignored entry is bad', () => {
    const { settings, problems } = readSettings({
      version: 1,
      ignored: { 'a.com': ['per:x', 'not an id'], 'b.com': ['grp:y'], 'bad site!': ['per:z'] },
    });
    expect(settings.ignored).toEqual({ 'a.com': ['per:x'], 'b.com': ['grp:y'] });
    expect(problems.map((p) => p.path)).toEqual(['settings.ignored["a.com"][1]', 'settings.ignored["bad site!"]']);
  });

  it('keeps the known kinds when types has an extra key', () => {
    const { settings, problems } = readSettings({ types: { person: false, group: true, colour: true } });
    expect(settings.types).toEqual({ person: false, group: true, event: true, place: true });
    expect(problems).toEqual([{ path: 'settings.types.colour', message: 'is not a kind of name; set aside' }]);
  });

  it('says so when the stored version is not this one', () => {
    const { problems } = readSettings({ version: 99, style: 'off' });
    expect(problems[0].path).toBe('settings.version');
  });

  it('keeps the other disabled sites when one is too long', () => {
    const { settings, problems } = readSettings({ disabledSites: ['a.com', 'x'.repeat(300), 'b.org'] });
    expect(settings.disabledSites).toEqual(['a.com', 'b.org']);
    expect(problems[0].path).toBe('settings.disabledSites[1]');
  });

  it('caps a huge list and reports it in a bounded number of lines', () => {
    const sites = Array.from({ length: 200_000 }, (_, i) => `site${i}.example`);
    const { settings, problems } = readSettings({ disabledSites: sites });
    expect(settings.disabledSites).toHaveLength(1000);
    expect(problems.length).toBeLessThanOrEqual(101);
    expect(problems.at(-1)!.message).toMatch(/more entries set aside/);
  });

  it('refuses to store a list past its cap', () => {
    const sites = Array.from({ length: 1001 }, (_, i) => `s${i}.org`);
    expect(validatePatch({ disabledSites: sites })[0].path).toBe('settings.disabledSites');
  });
});

describe('one digit system and the page\'s language', () => {
  it('writes Arabic dates and numbers with the digits the dataset\'s Arabic text uses', () => {
    expect(formatDate('ar', '2021-07-09')).toMatch(/^9 .+ 2021$/);
    expect(t('ar', 'card.sourceCount', { n: 11 })).toBe('11 مصدرًا');
    expect(formatDate('ar', '2019')).toBe('2019');
  });

  it('gives cards the page\'s language when the reader left the choice to the browser', () => {
    expect(cardLang('auto', 'ar', 'en-US')).toBe('ar');
    expect(cardLang('auto', 'en-GB', 'ar')).toBe('en');
    expect(cardLang('auto', 'fr', 'ar-IQ')).toBe('ar');
    expect(cardLang('auto', '', 'en-US')).toBe('en');
    expect(cardLang('en', 'ar', 'ar')).toBe('en');
  });

  it('has no bare dash for a status, and capitalises "Disputed"', () => {
    expect(t('en', 'case.not_applicable')).not.toBe('—');
    expect(t('ar', 'case.not_applicable')).not.toBe('—');
    expect(t('en', 'card.disputed')).toBe('Disputed');
  });
});
