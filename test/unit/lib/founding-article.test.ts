// The founding article (Kurdistan 24 on Ali al-Mikdam, July 2021) against its hand-marked gold spans,
// with a MatchIndex built by hand from the names in it.
import { describe, it, expect } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { Spotter } from '../../../lib/spotter';
import { expandAlias } from '../../../lib/alias-expand';
import { scoreDocument, type GoldFile } from '../../../lib/eval-score';
import type { EntityType, MatchIndex } from '../../../lib/types';

const CORPUS = '/work/shared/corpus';
const ARTICLE = `${CORPUS}/kurdistan24-mikdam-2021-07.txt`;
const GOLD = `${CORPUS}/kurdistan24-mikdam-2021-07.gold.json`;
const present = existsSync(ARTICLE) && existsSync(GOLD);

const NAMES: Array<[id: string, type: EntityType, strong: string[], weak: string[]]> = [
  ['per:ali-al-mikdam', 'person', ['Ali al-Mikdam', 'Ali Mikdam', 'علي المكدام', 'علي المگدام'], ['Mikdam', 'المكدام']],
  ['per:balsam-mustafa', 'person', ['Balsam Mustafa'], ['Mustafa']],
  ['per:mustafa-al-kadhimi', 'person', ['Mustafa al-Kadhimi'], ['Mustafa', 'Kadhimi']],
  ['plc:baghdad', 'place', ['Baghdad', 'بغداد'], []],
  ['plc:karrada', 'place', ['Karrada', 'Karada', 'الكرادة'], []],
  ['plc:ridha-alwan-cafe', 'place', ['Ridha Alwan {cafe|café|coffee shop}', 'مقهى رضا علوان'], []],
  ['grp:icssi', 'group', ['Iraq Civil Society Solidarity Initiative', 'ICSSI'], []],
  ['plc:karbala', 'place', ['Karbala', 'كربلاء'], []],
  ['plc:kurdistan-region', 'place', ['Kurdistan Region', 'إقليم كردستان'], []],
  ['grp:iran-aligned-factions', 'group', ['Iran[ian]-{backed|aligned} [Iraqi] militias'], []],
  ['evt:tishreen-protests', 'event', ['October [2019] protests', 'Tishreen protests', 'احتجاجات تشرين'], ['Iraqi protests', 'anti-government protests']],
  ['grp:university-of-birmingham', 'group', ['University of Birmingham'], []],
];

function buildIndex(): MatchIndex {
  const index: MatchIndex = { entities: [], aliases: [] };
  NAMES.forEach(([id, type, strong, weak], entity) => {
    index.entities.push({ id, type, name: expandAlias(strong[0])[0] });
    for (const p of strong) for (const text of expandAlias(p)) index.aliases.push({ text, entity });
    for (const p of weak) for (const text of expandAlias(p)) index.aliases.push({ text, entity, weak: true });
  });
  return index;
}

describe.skipIf(!present)(`founding article (${present ? 'present' : `skipped: ${ARTICLE} or its .gold.json is missing`})`, () => {
  const text = present ? readFileSync(ARTICLE, 'utf8') : '';
  const gold: GoldFile = present ? JSON.parse(readFileSync(GOLD, 'utf8')) : { article: '', mentions: [] };
  const mentions = new Spotter(buildIndex()).spot(text);

  it('finds every core gold span', () => {
    const score = scoreDocument(mentions, gold, text);
    expect(score.misses).toEqual([]);
    expect(score.recall).toBe(1);
    expect(score.core).toBe(31);
  });

  it('marks nothing outside the gold spans', () => {
    const score = scoreDocument(mentions, gold, text);
    expect(score.falseAlarms).toEqual([]);
    expect(score.precision).toBe(1);
  });

  it('gives the exact gold spans for the names and their short forms', () => {
    const spans = new Set(mentions.map((m) => `${m.start}-${m.end}`));
    for (const g of gold.mentions)
      if (['Ali al-Mikdam', 'Ali Al-Mikdam', 'Mikdam', 'Baghdad', 'Karrada', 'Karada', 'Balsam Mustafa', 'Mustafa', 'ICSSI'].includes(g.surface))
        for (const [s, e] of g.spans) expect(spans.has(`${s}-${e}`), `${g.surface} at ${s}`).toBe(true);
  });

  it('resolves the short forms to the right people', () => {
    const at = (surface: string, from: number) => mentions.find((m) => m.text === surface && m.start >= from);
    expect(at('Mikdam', 600)?.entityId).toBe('per:ali-al-mikdam');
    expect(at('Mustafa', 1400)?.entityId).toBe('per:balsam-mustafa'); // not Mustafa al-Kadhimi
    expect(text.slice(1440, 1460)).toContain('Mustafa added');
  });

  it("keeps 'Mikdam's Twitter' apart and strips the possessive", () => {
    const m = mentions.find((x) => x.start === 1647);
    expect(m?.text).toBe('Mikdam');
    expect(text.slice(m!.end, m!.end + 2)).toBe("'s");
  });

  it('gives the same mentions when the article arrives paragraph by paragraph', () => {
    const spotter = new Spotter(buildIndex());
    const session = spotter.session();
    const found: string[] = [];
    let offset = 0;
    for (const paragraph of text.split('\n')) {
      for (const { mentions: ms } of session.add([paragraph])) for (const m of ms) found.push(`${m.text}:${m.entityId}`);
      offset += paragraph.length + 1;
    }
    expect(offset).toBe(text.length + 1);
    expect(found.sort()).toEqual(mentions.map((m) => `${m.text}:${m.entityId}`).sort());
  });
});
