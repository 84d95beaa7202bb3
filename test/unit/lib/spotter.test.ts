import { describe, it, expect } from 'vitest';
import { Spotter } from '../../../lib/spotter';
import { expandAlias } from '../../../lib/alias-expand';
import type { EntityType, MatchIndex, Mention } from '../../../lib/types';

interface Def {
  type: EntityType;
  strong: string[];
  weak?: string[];
}

/** A MatchIndex from id → names (patterns expanded, as the data compiler does). The name is the first alias. */
function indexOf(defs: Record<string, Def>): MatchIndex {
  const index: MatchIndex = { entities: [], aliases: [] };
  for (const [id, d] of Object.entries(defs)) {
    const entity = index.entities.length;
    index.entities.push({ id, type: d.type, name: d.strong[0] });
    for (const p of d.strong) for (const text of expandAlias(p)) index.aliases.push({ text, entity });
    for (const p of d.weak ?? []) for (const text of expandAlias(p)) index.aliases.push({ text, entity, weak: true });
  }
  return index;
}

const DEFS: Record<string, Def> = {
  'per:ali-al-mikdam': { type: 'person', strong: ['Ali al-Mikdam', 'Ali Mikdam', 'علي المكدام'], weak: ['Mikdam', 'المكدام'] },
  'per:balsam-mustafa': { type: 'person', strong: ['Balsam Mustafa'], weak: ['Mustafa'] },
  'per:mustafa-al-kadhimi': { type: 'person', strong: ['Mustafa al-Kadhimi', 'مصطفى الكاظمي'], weak: ['Mustafa', 'Kadhimi', 'الكاظمي'] },
  'per:hisham-al-hashimi': { type: 'person', strong: ['Hisham al-Hashimi', 'هشام الهاشمي'], weak: ['Hashimi'] },
  'per:muqtada-al-sadr': { type: 'person', strong: ['Muqtada al-Sadr'], weak: ['Sadr'] },
  'per:sajjad-al-iraqi': { type: 'person', strong: ['Sajjad al-Iraqi', 'سجاد العراقي'] },
  'plc:sadr-city': { type: 'place', strong: ['Sadr City'] },
  'plc:baghdad': { type: 'place', strong: ['Baghdad', 'بغداد'] },
  'plc:karbala': { type: 'place', strong: ['Karbala', 'كربلاء'] },
  'plc:tahrir-square': { type: 'place', strong: ['Tahrir Square', 'ساحة التحرير'] },
  'grp:badr-organization': { type: 'group', strong: ['Badr Organization', 'منظمة بدر'], weak: ['Badr', 'بدر'] },
  'grp:kataib-hezbollah': { type: 'group', strong: ["Kata'ib Hezbollah", 'KH', 'كتائب حزب الله'] },
  'grp:pmf': { type: 'group', strong: ['Popular Mobilization Forces', 'PMF', 'PMU', 'Hashd al-Shaabi', 'الحشد الشعبي'], weak: ['the Hashd'] },
  'grp:isis': { type: 'group', strong: ['ISIS'] },
  'grp:icssi': { type: 'group', strong: ['Iraq Civil Society Solidarity Initiative', 'ICSSI'] },
  'grp:iran-aligned-factions': { type: 'group', strong: ['Iran[ian]-{backed|aligned} [Iraqi] militias'] },
  'evt:tishreen-protests': { type: 'event', strong: ['October protests', 'October 2019 protests'] },
};

const spotter = new Spotter(indexOf(DEFS));
/** [text, entityId] of each mention. */
const found = (text: string, s = spotter) => s.spot(text).map((m) => [m.text, m.entityId]);
const texts = (text: string) => spotter.spot(text).map((m) => m.text);

function expectExactOffsets(text: string, mentions: Mention[]) {
  for (const m of mentions) expect(text.slice(m.start, m.end)).toBe(m.text);
}

describe('Spotter: Latin normalisation', () => {
  it('ignores case within a proper name and returns the original text', () => {
    expect(found('POPULAR MOBILIZATION FORCES and the Popular mobilization forces')).toEqual([
      ['POPULAR MOBILIZATION FORCES', 'grp:pmf'],
      ['Popular mobilization forces', 'grp:pmf'],
    ]);
  });

  it('ignores diacritics', () => {
    expect(found('Ṣadr City and Karbalā')).toEqual([
      ['Ṣadr City', 'plc:sadr-city'],
      ['Karbalā', 'plc:karbala'],
    ]);
  });

  it('ignores apostrophes and ayn/hamza marks inside words', () => {
    for (const v of ['Kataib', "Kata'ib", 'Kata’ib', 'Kataʾib', 'Kataʿib', 'Kata‘ib', 'Kata`ib', 'Kata´ib'])
      expect(found(`${v} Hezbollah said`)).toEqual([[`${v} Hezbollah`, 'grp:kataib-hezbollah']]);
  });

  it('treats hyphen and space alike', () => {
    expect(texts('Iran backed militias; Iranian-aligned Iraqi militias')).toEqual([
      'Iran backed militias',
      'Iranian-aligned Iraqi militias',
    ]);
  });

  it("strips a possessive 's / ’s from the mention", () => {
    const text = "Baghdad's Karrada and Karbala’s shrines";
    const ms = spotter.spot(text);
    expect(ms.map((m) => m.text)).toEqual(['Baghdad', 'Karbala']);
    expect(ms[0]).toMatchObject({ start: 0, end: 7 });
    expectExactOffsets(text, ms);
  });

  it('treats the article as optional and the same in every form', () => {
    for (const v of ['Hisham Hashimi', 'Hisham al-Hashimi', 'Hisham Al Hashimi', 'Hisham Al-Hashimi', 'Hisham el-Hashimi', 'Hisham ash-Hashimi'])
      expect(found(`analyst ${v} was`)).toEqual([[v, 'per:hisham-al-hashimi']]);
  });

  it('treats sun-letter article forms as articles only when joined by a hyphen', () => {
    expect(found('Muqtada as-Sadr')).toEqual([['Muqtada as-Sadr', 'per:muqtada-al-sadr']]);
    expect(found('Muqtada as Sadr')).toEqual([]);
  });

  it('includes a preceding article in the span', () => {
    const text = 'Mustafa al-Kadhimi spoke. Later al-Kadhimi visited, and Al Kadhimi left.';
    const ms = spotter.spot(text);
    expect(ms.map((m) => m.text)).toEqual(['Mustafa al-Kadhimi', 'al-Kadhimi', 'Al Kadhimi']);
    expectExactOffsets(text, ms);
  });

  it('does not let a name continue across punctuation', () => {
    expect(texts('Sadr, City')).toEqual([]);
    expect(texts('Tahrir. Square')).toEqual(['Tahrir. Square']); // dots join (abbreviations)
  });
});

describe('Spotter: Arabic', () => {
  it('ignores tashkeel, tatweel, alef forms and the Iraqi letters', () => {
    expect(found('عَلِيّ المِكْدَام')).toEqual([['عَلِيّ المِكْدَام', 'per:ali-al-mikdam']]);
    expect(found('علي المگدام')).toEqual([['علي المگدام', 'per:ali-al-mikdam']]);
    expect(found('مصطفي الكاظمي')).toEqual([['مصطفي الكاظمي', 'per:mustafa-al-kadhimi']]); // ى written ي
    expect(found('ساحه التحرير')).toEqual([['ساحه التحرير', 'plc:tahrir-square']]); // ة written ه
    expect(found('كربلا')).toEqual([]); // a different spelling (no hamza letter at all) is a different name
    expect(found('كربلاء')).toEqual([['كربلاء', 'plc:karbala']]);
    expect(found('بغـــداد')).toEqual([['بغـــداد', 'plc:baghdad']]);
  });

  it('ignores bidi and zero-width controls', () => {
    const text = 'في \u200Fبغ\u200Cداد\u200E اليوم';
    const ms = spotter.spot(text);
    expect(ms.map((m) => m.entityId)).toEqual(['plc:baghdad']);
    expect(ms[0].text).toBe('بغ\u200Cداد');
  });

  it('does not conflate qaf and kaf', () => {
    expect(found('علي المقدام')).toEqual([]);
  });

  it('matches names with the clitics و ف ب ل ك لل fused to the first word', () => {
    expect(found('دعم للحشد الشعبي')).toEqual([['حشد الشعبي', 'grp:pmf']]);
    expect(found('هجوم وكتائب حزب الله')).toEqual([['كتائب حزب الله', 'grp:kataib-hezbollah']]);
    expect(found('تنديد بسجاد العراقي')).toEqual([['سجاد العراقي', 'per:sajjad-al-iraqi']]);
    expect(found('فعلي المكدام')).toEqual([['علي المكدام', 'per:ali-al-mikdam']]);
    expect(found('كالحشد الشعبي')).toEqual([['الحشد الشعبي', 'grp:pmf']]);
  });

  it('starts the span after a conjunction or preposition clitic and keeps the article', () => {
    const text = 'علي المكدام، والمكدام ناشط';
    const ms = spotter.spot(text);
    expect(ms.map((m) => m.text)).toEqual(['علي المكدام', 'المكدام']);
    expect(ms[1].start).toBe(text.indexOf('والمكدام') + 1);
    expectExactOffsets(text, ms);
  });

  it('treats the article ال as optional on every word', () => {
    expect(found('حشد شعبي')).toEqual([['حشد شعبي', 'grp:pmf']]);
    expect(found('الحشد الشعبي')).toEqual([['الحشد الشعبي', 'grp:pmf']]);
    expect(found('حشد الشعبي')).toEqual([['حشد الشعبي', 'grp:pmf']]);
  });

  it('tries the word as written too: بغداد is Baghdad, not ب + غداد', () => {
    expect(found('في بغداد')).toEqual([['بغداد', 'plc:baghdad']]);
    expect(found('وبغداد')).toEqual([['بغداد', 'plc:baghdad']]);
  });

  it('matches weak Arabic aliases with clitics when the full name is there', () => {
    const text = 'هشام الهاشمي … وقال الكاظمي إن مصطفى الكاظمي';
    expect(found(text).map(([t]) => t)).toEqual(['هشام الهاشمي', 'الكاظمي', 'مصطفى الكاظمي']);
  });

  it('never matches inside a longer Arabic word', () => {
    expect(found('منظمة بدر وبدران')).toEqual([['منظمة بدر', 'grp:badr-organization']]);
  });
});

describe('Spotter: boundaries, longest match', () => {
  it('never matches inside a longer word', () => {
    expect(found('Badri and the Badr Organizations')).toEqual([]);
    expect(found('a crisis, ISISx, xISIS')).toEqual([]);
    expect(found('ISIS attacked')).toEqual([['ISIS', 'grp:isis']]);
  });

  it('tells apart words that share a beginning, an end or a length', () => {
    expect(found('Karbalaa, Karbali, Barbala, Kerbala, Karbal')).toEqual([]);
    expect(found('Karbala')).toEqual([['Karbala', 'plc:karbala']]);
  });

  it('matches digits as tokens', () => {
    expect(found('the October 2019 protests')).toEqual([['October 2019 protests', 'evt:tishreen-protests']]);
    expect(found('the October 2019s protests')).toEqual([]);
    expect(found('the October ٢٠١٩ protests')).toEqual([['October ٢٠١٩ protests', 'evt:tishreen-protests']]);
  });

  it('prefers the longest alias and never overlaps', () => {
    const s = new Spotter(
      indexOf({
        'plc:iraq': { type: 'place', strong: ['Iraq'] },
        'grp:icssi': { type: 'group', strong: ['Iraq Civil Society Solidarity Initiative'] },
        'x:civil': { type: 'group', strong: ['Civil Society'] },
      }),
    );
    expect(found('The Iraq Civil Society Solidarity Initiative said', s)).toEqual([
      ['Iraq Civil Society Solidarity Initiative', 'grp:icssi'],
    ]);
    // The long alias breaks off: the shorter ones take its place, left to right; a one-word place right before
    // another capitalised word is part of that other name, so only "Civil Society" remains.
    expect(found('Iraq Civil Society groups', s)).toEqual([['Civil Society', 'x:civil']]);
    expect(found('in Iraq, Civil Society groups', s)).toEqual([
      ['Iraq', 'plc:iraq'],
      ['Civil Society', 'x:civil'],
    ]);
  });

  it('lets a place alias beat a weak surname: Sadr City', () => {
    expect(found('Muqtada al-Sadr spoke in Sadr City.')).toEqual([
      ['Muqtada al-Sadr', 'per:muqtada-al-sadr'],
      ['Sadr City', 'plc:sadr-city'],
    ]);
  });

  it('lets "Badr Organization" be the group and weak Badr follow it', () => {
    expect(found('The Badr Organization denied it. Badr said so.')).toEqual([
      ['Badr Organization', 'grp:badr-organization'],
      ['Badr', 'grp:badr-organization'],
    ]);
  });

  it('lets a strong name that starts inside a weak one and runs past it win: the Hashd al-Shaabi', () => {
    expect(found('Fighters of the Hashd al-Shaabi, the PMF.')).toEqual([
      ['Hashd al-Shaabi', 'grp:pmf'],
      ['PMF', 'grp:pmf'],
    ]);
  });
});

describe('Spotter: case', () => {
  it('matches capitals-only aliases only in capitals', () => {
    expect(found('PMF, pmf, Pmf')).toEqual([['PMF', 'grp:pmf']]);
    expect(found('KH and kh and Kh')).toEqual([['KH', 'grp:kataib-hezbollah']]);
    expect(found('ICSSI icssi')).toEqual([['ICSSI', 'grp:icssi']]);
    expect(found("the PMF's men")).toEqual([['PMF', 'grp:pmf']]);
  });

  it('requires a single-word Latin alias to be capitalised in the text', () => {
    expect(found('karbala and baghdad')).toEqual([]);
    expect(found('Karbala and Baghdad')).toEqual([
      ['Karbala', 'plc:karbala'],
      ['Baghdad', 'plc:baghdad'],
    ]);
  });

  it('keeps a lower-case common word from matching a weak name', () => {
    expect(found('The Badr Organization met; the badr moon rose.')).toEqual([['Badr Organization', 'grp:badr-organization']]);
  });

  it('requires a multi-word proper name to start with a capital, as reporters write it', () => {
    expect(found('in Sadr city')).toEqual([['Sadr city', 'plc:sadr-city']]);
    // Written all in lower case, a name's words are common words.
    expect(found('in sadr city')).toEqual([]);
  });
});

describe('Spotter: weak aliases', () => {
  it('drops a weak alias when the document never names the entity in full', () => {
    expect(found('Mikdam was seen.')).toEqual([]);
  });

  it('keeps a weak alias when the document names the entity, before or after', () => {
    expect(found('Ali al-Mikdam went missing. Mikdam was seen.').map(([, id]) => id)).toEqual([
      'per:ali-al-mikdam',
      'per:ali-al-mikdam',
    ]);
    expect(found('Mikdam was seen. Ali al-Mikdam went missing.').map(([t]) => t)).toEqual(['Mikdam', 'Ali al-Mikdam']);
  });

  it('gives "Mustafa" after "Balsam Mustafa" to Balsam Mustafa, not to Mustafa al-Kadhimi', () => {
    const text = 'PM Mustafa al-Kadhimi met Balsam Mustafa. "Ali was seen," Mustafa added.';
    expect(found(text)).toEqual([
      ['Mustafa al-Kadhimi', 'per:mustafa-al-kadhimi'],
      ['Balsam Mustafa', 'per:balsam-mustafa'],
      ['Mustafa', 'per:balsam-mustafa'],
    ]);
  });

  it('chooses the entity whose strong mention is nearest before', () => {
    const text = 'Balsam Mustafa wrote. Later Mustafa al-Kadhimi spoke; Mustafa said more.';
    expect(found(text).at(-1)).toEqual(['Mustafa', 'per:mustafa-al-kadhimi']);
  });

  it('falls back to the nearest strong mention after', () => {
    const text = 'Mustafa spoke first. Mustafa al-Kadhimi was there, and so was Balsam Mustafa.';
    expect(found(text)[0]).toEqual(['Mustafa', 'per:mustafa-al-kadhimi']);
  });

  it('rejects a weak single word next to another capitalised word: "Mustafa Kamal" is someone else', () => {
    const full = 'Balsam Mustafa wrote. ';
    expect(found(full + 'Then Mustafa Kamal spoke.')).toEqual([['Balsam Mustafa', 'per:balsam-mustafa']]);
    expect(found(full + 'Then Kamal Mustafa spoke.')).toEqual([['Balsam Mustafa', 'per:balsam-mustafa']]);
    expect(found('Mustafa al-Kadhimi met Mustafa Ahmed.')).toEqual([['Mustafa al-Kadhimi', 'per:mustafa-al-kadhimi']]);
  });

  it('accepts a weak word next to a title, a function word or a sentence-initial word', () => {
    const full = 'Balsam Mustafa wrote. ';
    for (const s of ['Dr Mustafa said.', 'Dr. Mustafa said.', 'Activist Mustafa said.', 'On Monday Mustafa said.', 'Yesterday Mustafa said.', 'It was Mustafa who said.', 'Mustafa, the activist, said.'])
      expect(found(full + s)).toEqual([
        ['Balsam Mustafa', 'per:balsam-mustafa'],
        ['Mustafa', 'per:balsam-mustafa'],
      ]);
  });

  it('does not let a possessive or punctuation join two words into one name', () => {
    expect(found("Ali al-Mikdam vanished. Mikdam's Twitter account was suspended.").map(([t]) => t)).toEqual([
      'Ali al-Mikdam',
      'Mikdam',
    ]);
  });

  it('resolves weak "the Hashd"', () => {
    expect(found('The Popular Mobilization Forces, known as the Hashd, denied it.')).toEqual([
      ['Popular Mobilization Forces', 'grp:pmf'],
      ['the Hashd', 'grp:pmf'],
    ]);
    expect(found('The Hashd denied it.')).toEqual([]);
  });
});

describe('Spotter: offsets', () => {
  it('returns exact string offsets into the original text for every mention', () => {
    const text =
      '\u200FKata’ib Hezbollah (KH) and the Iranian-backed Iraqi militias in Baghdad’s Karrada; ' +
      'وكتائب حزب الله في بغداد، والمكدام — علي المگدام; café Ṣadr City, Hisham Al Hashimi.';
    const ms = spotter.spot(text);
    expect(ms.length).toBeGreaterThanOrEqual(9);
    expectExactOffsets(text, ms);
    for (let i = 1; i < ms.length; i++) expect(ms[i].start).toBeGreaterThanOrEqual(ms[i - 1].end);
  });

  it('fills the entity fields', () => {
    expect(spotter.spot('in Baghdad')[0]).toEqual({
      start: 3,
      end: 10,
      text: 'Baghdad',
      entityId: 'plc:baghdad',
      name: 'Baghdad',
      type: 'place',
    });
  });

  it('handles empty and name-free texts', () => {
    expect(spotter.spot('')).toEqual([]);
    expect(spotter.spot('nothing to see here')).toEqual([]);
    expect(spotter.session().add([])).toEqual([]);
  });
});

describe('SpotSession', () => {
  it('resolves a weak mention in an earlier chunk when a later chunk names the entity in full', () => {
    const session = spotter.session();
    expect(session.add(['Mikdam was last seen in Karrada.'])).toEqual([]);
    const second = session.add(['Activist Ali al-Mikdam went missing.']);
    expect(second.map((c) => [c.chunk, c.mentions.map((m) => m.text)])).toEqual([
      [0, ['Mikdam']],
      [1, ['Ali al-Mikdam']],
    ]);
    expect(second[0].mentions[0]).toMatchObject({ start: 0, end: 6, entityId: 'per:ali-al-mikdam' });
    // Nothing comes twice: a third chunk only brings its own mentions.
    expect(session.add(['Mikdam, Mikdam.']).map((c) => [c.chunk, c.mentions.map((m) => m.start)])).toEqual([[2, [0, 8]]]);
    expect(session.add(['Ali al-Mikdam again'])).toEqual([
      { chunk: 3, mentions: [expect.objectContaining({ text: 'Ali al-Mikdam' })] },
    ]);
  });

  it('numbers chunks in order of arrival across calls and lists only chunks with new mentions', () => {
    const session = spotter.session();
    expect(session.add(['no names', 'in Baghdad'])).toEqual([{ chunk: 1, mentions: [expect.objectContaining({ text: 'Baghdad' })] }]);
    expect(session.add(['Karbala', 'nothing', 'Baghdad']).map((c) => c.chunk)).toEqual([2, 4]);
  });

  it('resolves within one call across chunks, in both directions', () => {
    const session = spotter.session();
    const out = session.add(['Mikdam left.', 'Ali al-Mikdam returned.', 'Mikdam was taken.']);
    expect(out.map((c) => [c.chunk, c.mentions.map((m) => m.text)])).toEqual([
      [0, ['Mikdam']],
      [1, ['Ali al-Mikdam']],
      [2, ['Mikdam']],
    ]);
  });

  it('uses the order of chunks for nearest-before across calls', () => {
    const session = spotter.session();
    session.add(['Mustafa al-Kadhimi spoke.']);
    session.add(['Balsam Mustafa wrote.']);
    expect(session.add(['Mustafa added.'])).toEqual([
      { chunk: 2, mentions: [expect.objectContaining({ text: 'Mustafa', entityId: 'per:balsam-mustafa' })] },
    ]);
  });

  it('keeps weak mentions pending until the entity is named, then resolves each once', () => {
    const session = spotter.session();
    session.add(['Mustafa one.']);
    session.add(['Mustafa two.']);
    const out = session.add(['Balsam Mustafa three.']);
    expect(out.map((c) => [c.chunk, c.mentions.map((m) => `${m.text}:${m.entityId}`)])).toEqual([
      [0, ['Mustafa:per:balsam-mustafa']],
      [1, ['Mustafa:per:balsam-mustafa']],
      [2, ['Balsam Mustafa:per:balsam-mustafa']],
    ]);
    // A later strong mention of the other entity does not re-decide or repeat them.
    expect(session.add(['Mustafa al-Kadhimi four.']).map((c) => c.chunk)).toEqual([3]);
  });

  it('gives spot(text) the same result as a session fed the text as one chunk', () => {
    const text = 'Mikdam vanished. Ali al-Mikdam, Balsam Mustafa said; Mustafa added. Sadr City. الحشد الشعبي';
    expect(spotter.session().add([text])).toEqual([{ chunk: 0, mentions: spotter.spot(text) }]);
  });

  it('gives the same mentions whether a document comes whole or in chunks', () => {
    const paragraphs = [
      'Mikdam was last seen in Karrada.',
      'Balsam Mustafa, a Teaching Fellow, said Ali al-Mikdam had returned to Baghdad.',
      '"Ali was seen in the cafe," Mustafa added.',
      'Iran-backed Iraqi militias in Sadr City, the Hashd al-Shaabi.',
    ];
    const whole = paragraphs.join('\n');
    const fromWhole = spotter.spot(whole).map((m) => `${m.text}:${m.entityId}`);
    const session = spotter.session();
    const fromChunks = paragraphs.flatMap((p) => session.add([p])).sort((a, b) => a.chunk - b.chunk);
    expect(fromChunks.flatMap((c) => c.mentions.map((m) => `${m.text}:${m.entityId}`))).toEqual(fromWhole);
  });

  it('keeps sessions independent', () => {
    const a = spotter.session();
    const b = spotter.session();
    a.add(['Ali al-Mikdam']);
    expect(b.add(['Mikdam'])).toEqual([]);
  });
});

// Speed is measured in `npm run bench` (as ratios, side by side); tests check only behaviour at scale.
describe('Spotter: at scale', () => {
  it('matches correctly with 5,000 aliases', () => {
    const index: MatchIndex = { entities: [], aliases: [] };
    for (let i = 0; i < 1000; i++) {
      index.entities.push({ id: `per:p${i}`, type: 'person', name: `Person ${i}` });
      for (const text of [`Firstname${i} al-Surname${i}`, `Firstname${i} Surname${i}`, `F${i} Middle${i} Surname${i}`, `فلان${i} الفلاني`])
        index.aliases.push({ text, entity: i });
      index.aliases.push({ text: `Surname${i}`, entity: i, weak: true });
    }
    const s = new Spotter(index);
    expect(found('Firstname7 al-Surname7 and then Surname7.', s).map(([t]) => t)).toEqual(['Firstname7 al-Surname7', 'Surname7']);
  });

  it('finds every mention in a long text', () => {
    const paragraph = 'Activists fear that Ali al-Mikdam was kidnapped by Iran-backed Iraqi militias in Baghdad. ';
    expect(spotter.spot(paragraph.repeat(2000)).length).toBe(2000 * 3);
  });
});
