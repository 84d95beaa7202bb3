// Short forms derived from full names, resolved within the page, and the lookalike guard (issue 10, items 1–2).
import { describe, it, expect } from 'vitest';
import { deriveShortForms, typedHeadWords, type NamedEntity } from '../../../lib/short-forms';
import { expandAlias } from '../../../lib/alias-expand';
import { aliasKey } from '../../../lib/tokenize';
import { Spotter } from '../../../lib/spotter';
import type { EntityType, MatchIndex } from '../../../lib/types';

const person = (en: string[], ar: string[] = []): NamedEntity => ({ type: 'person', names: { en: en[0], ar: ar[0] }, strong: { en, ar } });

describe('deriveShortForms', () => {
  it('gives a person surname, distinctive first name, kunya and given-plus-father names, in both scripts', () => {
    expect(deriveShortForms(person(['Reham Yacoub'], ['ريهام يعقوب']))).toEqual({ en: ['Yacoub', 'Reham'], ar: ['يعقوب', 'ريهام'] });
    expect(deriveShortForms(person(['Fahem al-Tai'], ['فاهم الطائي'])).ar).toEqual(['الطائي']); // فاهم is also a word
    expect(deriveShortForms(person(['Sajjad al-Iraqi'], ['سجاد العراقي']))).toEqual({ en: ['Sajjad'], ar: ['سجاد'] }); // not "Iraqi"
    const muhandis = deriveShortForms(person(['Abu Mahdi al-Muhandis', 'Jamal Jaafar Ibrahimi'], ['أبو مهدي المهندس', 'جمال جعفر محمد علي']));
    expect(muhandis.en).toEqual(expect.arrayContaining(['al-Muhandis', 'Jamal Jaafar']));
    expect(muhandis.ar).toEqual(expect.arrayContaining(['المهندس', 'جمال جعفر']));
    const fadak = deriveShortForms(person(['Abu Fadak al-Muhammadawi'], ['أبو فدك المحمداوي']));
    expect(fadak).toEqual({ en: ['al-Muhammadawi', 'Abu Fadak'], ar: ['المحمداوي', 'أبو فدك'] });
  });

  it('derives no kunya of a common given name: Abu Ali, أبو مهدي are what any father of an Ali or a Mahdi is called', () => {
    const forms = (en: string, ar: string) => {
      const d = deriveShortForms(person([en], [ar]));
      return [...d.en, ...d.ar];
    };
    for (const kunya of ['Abu Ali', 'أبو علي']) expect(forms('Abu Ali al-Askari', 'أبو علي العسكري')).not.toContain(kunya);
    for (const kunya of ['Abu Mahdi', 'أبو مهدي']) expect(forms('Abu Mahdi al-Muhandis', 'أبو مهدي المهندس')).not.toContain(kunya);
  });

  it('never derives a common given name, a particle or a bound surname split in two', () => {
    const forms = (en: string, ar?: string) => {
      const d = deriveShortForms(person([en], ar ? [ar] : []));
      return [...d.en, ...d.ar];
    };
    expect(forms('Ali al-Lami', 'علي اللامي')).toEqual(['al-Lami', 'اللامي']); // not Ali, علي
    expect(forms('Yussef Sattar')).toEqual(['Sattar']); // Yussef is Youssef in another spelling
    expect(forms('Karrar Adel', 'كرار عادل')).toEqual(['Karrar', 'كرار']); // Adel alone is anyone
    expect(forms('Ahmed Abu Ragheef')).toEqual(['Abu Ragheef']); // the kunya-like surname whole, never "Ragheef" or "Ahmed"
    expect(forms('Ali Abdul Zahra')).toEqual(['Abdul Zahra']);
    expect(forms('Sara Talib', 'سارة طالب')).toEqual(['Talib']); // طالب is also "student", "demanded"
  });

  it('derives nothing from a description around a name: an office after it, a lower-case word, a place in it', () => {
    const places = new Set(['الناصرية', 'Diwaniyah'].map(aliasKey)); // as data/compile.ts gives them
    const forms = (en: string[], ar: string[]) => {
      const d = deriveShortForms({ ...person(en, ar), placeNames: places });
      return [...d.en, ...d.ar];
    };
    const shammari = forms(['Mohammed Qahtan al-Shammari', 'journalist Muhammad al-Shammari', 'Muhammad al-Shammari of Diwaniyah'], ['محمد الشمري مراسل بغداد اليوم']);
    for (const junk of ['journalist', 'Diwaniyah', 'اليوم', 'مراسل']) expect(shammari).not.toContain(junk);
    expect(shammari).toContain('al-Shammari');
    expect(forms(['Ali al-Assami'], ['عريس الناصرية', 'علي العصمي'])).toEqual(['al-Assami', 'العصمي']); // not الناصرية, not عريس
    expect(forms([], ['مؤيد اللامي نقيب الصحفيين', 'عثمان الغانمي وزير الداخلية', 'النائب أحمد الأسدي'])).toEqual([]);
  });

  it('keeps a two-word given name whole and drops a pair of common given names, except as a nom de guerre’s real name', () => {
    expect(deriveShortForms(person(['Hero Bahadin'], ['هيرو بهاء الدين'])).ar).toEqual(['بهاء الدين', 'هيرو']); // never الدين
    expect(deriveShortForms(person(['Ali Mohammed Maktouf al-Assami'], ['علي محمد مكطوف العصمي'])).ar).toEqual(['العصمي']);
    expect(deriveShortForms(person(['Abu Mahdi al-Muhandis', 'Jamal Jaafar Ibrahimi'])).en).toContain('Jamal Jaafar');
  });

  it('derives nothing from a name that opens with a title or an office, abbreviated or not, in both scripts', () => {
    const d = deriveShortForms(person(['Yahya Rasool', 'Maj. Gen. Yahya Rasool', 'Secretary-General Guterres', 'High Commissioner Michelle Bachelet'], ['يحيى رسول', 'اللواء يحيى رسول', 'الناشط هاشم المشهداني']));
    const all = [...d.en, ...d.ar];
    for (const title of ['Maj.', 'Maj. Gen.', 'Secretary-General', 'High', 'High Commissioner', 'اللواء', 'الناشط', 'الناشط هاشم']) expect(all).not.toContain(title);
    expect(d.en).toEqual(expect.arrayContaining(['Rasool', 'Yahya']));
  });

  it('gives no head word that is a plain noun, a title or a common given name: الجيش, اللواء, Imam, Ali', () => {
    const group = (en: string, ar: string): NamedEntity => ({ type: 'group', kind: 'armed_faction', names: { en, ar }, strong: { en: [en], ar: [ar] } });
    expect(deriveShortForms(group('Mahdi Army', 'جيش المهدي'))).toEqual({ en: [], ar: [] });
    expect(deriveShortForms(group('Liwa Ali al-Akbar', 'لواء علي الأكبر'))).toEqual({ en: ['LAA'], ar: [] });
    expect(deriveShortForms(group('Imam Ali Combat Division', 'فرقة الإمام علي القتالية'))).toEqual({ en: ['IACD'], ar: [] });
    expect(deriveShortForms(group('Ashab al-Kahf', 'جماعة أصحاب الكهف'))).toEqual({ en: [], ar: [] });
    // "militia" says what a second word is where the first is a plain noun: منظمة بدر → ميليشيا بدر.
    expect(typedHeadWords(group('Badr Organization', 'منظمة بدر')).ar).toEqual(['{ميليشيا|مليشيا|ميليشيات|مليشيات|فصيل|حركة|جماعة} بدر']);
    expect(typedHeadWords(group('Rab Allah', 'ربع الله')).ar).toEqual([]);
  });

  it('gives an armed group its head word and acronym, and nothing for a place or a generic head word', () => {
    const group = (en: string, ar: string, kind = 'armed_faction'): NamedEntity => ({ type: 'group', kind, names: { en, ar }, strong: { en: [en], ar: [ar] } });
    expect(deriveShortForms(group('Asaib Ahl al-Haq', 'عصائب أهل الحق'))).toEqual({ en: ['Asaib', 'AAH'], ar: ['العصائب'] });
    expect(deriveShortForms(group('Badr Organization', 'منظمة بدر'))).toEqual({ en: ['Badr'], ar: [] });
    expect(deriveShortForms(group('Human Rights Watch', 'هيومن رايتس ووتش', 'ngo'))).toEqual({ en: [], ar: [] });
    expect(deriveShortForms({ type: 'place', names: { en: 'Tahrir Square' }, strong: { en: ['Tahrir Square'], ar: [] } })).toEqual({ en: [], ar: [] });
  });
});

/** An index the way data/compile.ts makes it: full names strong, derived short forms weak. */
function indexOf(defs: Record<string, { type: EntityType; en: string[]; ar?: string[]; kind?: string; strongSurname?: string[] }>): MatchIndex {
  const index: MatchIndex = { entities: [], aliases: [] };
  for (const [id, d] of Object.entries(defs)) {
    const entity = index.entities.length;
    index.entities.push({ id, type: d.type, name: d.en[0] });
    for (const text of [...d.en, ...(d.ar ?? []), ...(d.strongSurname ?? [])]) index.aliases.push({ text, entity });
    const derived = deriveShortForms({ type: d.type, kind: d.kind, names: { en: d.en[0], ar: d.ar?.[0] }, strong: { en: d.en, ar: d.ar ?? [] } });
    for (const text of [...derived.en, ...derived.ar]) index.aliases.push({ text, entity, weak: true, derived: true });
  }
  return index;
}

const spotter = new Spotter(
  indexOf({
    'per:reham-yacoub': { type: 'person', en: ['Reham Yacoub'], ar: ['ريهام يعقوب'] },
    'per:sajjad-al-iraqi': { type: 'person', en: ['Sajjad al-Iraqi'], ar: ['سجاد العراقي'] },
    'per:fahem-al-tai': { type: 'person', en: ['Fahem al-Tai'], ar: ['فاهم الطائي'] },
    'per:hisham-al-hashimi': { type: 'person', en: ['Hisham al-Hashimi'], ar: ['هشام الهاشمي'] },
    'per:mustafa-al-kadhimi': { type: 'person', en: ['Mustafa al-Kadhimi'], ar: ['مصطفى الكاظمي'], strongSurname: ['Kadhimi', 'الكاظمي'] },
    'per:jamil-al-shammari': { type: 'person', en: ['Jamil al-Shammari'], ar: ['جميل الشمري'] },
    'grp:asaib-ahl-al-haq': { type: 'group', kind: 'armed_faction', en: ['Asaib Ahl al-Haq'], ar: ['عصائب أهل الحق'] },
  }),
);
const marks = (text: string) => spotter.spot(text).map((m) => `${m.text}→${m.entityId.split(':')[1]}`);

describe('derived short forms on a page', () => {
  it('mark only where the page names the entity in full, in both scripts', () => {
    expect(marks('Reham Yacoub was shot in Basra. Yacoub had led protests.')).toEqual(['Reham Yacoub→reham-yacoub', 'Yacoub→reham-yacoub']);
    expect(marks('Yacoub had led protests.')).toEqual([]);
    expect(marks('خطف سجاد العراقي في الناصرية. وقالت عائلة سجاد إنها تنتظر.')).toEqual(['سجاد العراقي→sajjad-al-iraqi', 'سجاد→sajjad-al-iraqi']);
    expect(marks('اعتقل شاب اسمه سجاد في ساحة التحرير.')).toEqual([]); // another Sajjad, the famous one unnamed
    expect(marks('قتل فاهم الطائي في كربلاء، وكان الطائي ناشطا. وقال ومقتدى')).toEqual(['فاهم الطائي→fahem-al-tai', 'الطائي→fahem-al-tai']);
    expect(marks('The Asaib Ahl al-Haq faction denied it; Asaib says so. العصائب')).toEqual([
      'Asaib Ahl al-Haq→asaib-ahl-al-haq',
      'Asaib→asaib-ahl-al-haq',
      'العصائب→asaib-ahl-al-haq',
    ]);
  });
});

describe('the lookalike guard', () => {
  it('an unknown full name sharing a surname blocks the famous one, in Arabic', () => {
    expect(marks('قال النائب معين الكاظمي إن اللجنة ستجتمع، وأضاف الكاظمي أن التصويت قريب.')).toEqual([]);
  });

  it('an unknown full name sharing a surname blocks the famous one, in English', () => {
    expect(marks('MP Moeen al-Kadhimi said the committee would meet. Kadhimi added that a vote was near.')).toEqual([]);
    expect(marks('Journalist Muhammad al-Shammari was threatened. Jamil al-Shammari, a commander, was not. Al-Shammari said so.')).toEqual([
      'Jamil al-Shammari→jamil-al-shammari',
      'Al-Shammari→jamil-al-shammari', // the nearest full name before it is Jamil's
    ]);
  });

  it('the nearest full name wins: the famous one where he is named nearer', () => {
    expect(marks('معين الكاظمي نائب. وفي خبر آخر، استقبل رئيس الوزراء مصطفى الكاظمي وفدا، وقال الكاظمي إن الأمن أولوية.')).toEqual([
      'مصطفى الكاظمي→mustafa-al-kadhimi',
      'الكاظمي→mustafa-al-kadhimi',
    ]);
    expect(marks('Mustafa al-Kadhimi spoke. Kadhimi then left.')).toEqual(['Mustafa al-Kadhimi→mustafa-al-kadhimi', 'Kadhimi→mustafa-al-kadhimi']);
  });

  it('a verb, preposition or title before a famous surname is no lookalike; nor is the entity own first name', () => {
    expect(marks('أعفى الكاظمي قائد الشرطة.')).toEqual(['الكاظمي→mustafa-al-kadhimi']);
    expect(marks('اغتيل هشام الهاشمي. وأطلق المسلح النار على الهاشمي أمام منزله.')).toEqual([
      'هشام الهاشمي→hisham-al-hashimi',
      'الهاشمي→hisham-al-hashimi',
    ]);
    expect(marks('Prime Minister Kadhimi spoke. PM Kadhimi left.')).toEqual(['Kadhimi→mustafa-al-kadhimi', 'Kadhimi→mustafa-al-kadhimi']);
    expect(marks('Premier Kadhimi spoke. Later Kadhimi left.')).toEqual(['Kadhimi→mustafa-al-kadhimi', 'Kadhimi→mustafa-al-kadhimi']);
    expect(marks('خلف الكاظمي عادل عبد المهدي.')).toEqual(['الكاظمي→mustafa-al-kadhimi']); // خلف "succeeded", not a name
    expect(marks('Mustafa al-Kadhimi spoke. Reham Yacoub listened; Mustafa Yacoub did not.')).toContain('Reham Yacoub→reham-yacoub');
    expect(marks('Mustafa al-Kadhimi spoke. Reham Yacoub listened; Mustafa Yacoub did not.')).not.toContain('Yacoub→reham-yacoub');
  });

  it('an unknown full name that opens with a first-name short form blocks the famous one nearby, in both scripts', () => {
    expect(marks('Sajjad al-Iraqi was abducted. His friend Sajjad Karim escaped. Sajjad said the gunmen wore masks.')).toEqual([
      'Sajjad al-Iraqi→sajjad-al-iraqi',
    ]);
    expect(marks('Sajjad al-Iraqi was abducted. His friend Sajjad al-Khafaji escaped. Sajjad said so.')).toEqual(['Sajjad al-Iraqi→sajjad-al-iraqi']);
    expect(marks('خطف سجاد العراقي. وقال صديقه سجاد كريم إنه نجا، وأضاف سجاد أن المسلحين ملثمون.')).toEqual(['سجاد العراقي→sajjad-al-iraqi']);
    // Nearer than the other man's name, the famous one's full name wins; a word after that is no name blocks nothing.
    expect(marks('His friend Sajjad Karim escaped. Later, Sajjad al-Iraqi was abducted. Sajjad had led protests.')).toEqual([
      'Sajjad al-Iraqi→sajjad-al-iraqi',
      'Sajjad→sajjad-al-iraqi',
    ]);
    expect(marks('خطف سجاد العراقي. وقالت عائلة سجاد على لسان شقيقه إنها تنتظر.')).toEqual(['سجاد العراقي→sajjad-al-iraqi', 'سجاد→sajjad-al-iraqi']);
  });
});

describe('typedHeadWords', () => {
  it('a faction head word with "militia" marks on its own; alone it waits for the full name', () => {
    const asaib: NamedEntity = { type: 'group', kind: 'armed_faction', names: { en: 'Asaib Ahl al-Haq', ar: 'عصائب أهل الحق' }, strong: { en: [], ar: [] } };
    const t = typedHeadWords(asaib);
    const index: MatchIndex = { entities: [{ id: 'grp:asaib-ahl-al-haq', type: 'group', name: 'Asaib Ahl al-Haq', core: true }], aliases: [] };
    for (const text of [...t.en, ...t.ar].flatMap(expandAlias)) index.aliases.push({ text, entity: 0 });
    for (const text of ['العصائب', 'Asaib']) index.aliases.push({ text, entity: 0, weak: true });
    const s = new Spotter(index);
    expect(s.spot('اتهمهم بالتعاون مع ميليشيا العصائب.').map((m) => m.text)).toEqual(['ميليشيا العصائب']);
    expect(s.spot('The Asaib militia denied it.').map((m) => m.text)).toEqual(['Asaib militia']);
    expect(s.spot('اتهمهم بالتعاون مع العصائب.').map((m) => m.text)).toEqual([]);
    expect(typedHeadWords({ type: 'group', kind: 'ngo', names: { en: 'Amnesty International' }, strong: { en: [], ar: [] } })).toEqual({ en: [], ar: [] });
  });
});
