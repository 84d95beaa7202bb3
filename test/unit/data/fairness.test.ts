// The texts an audit found stating a suspicion or a quashed verdict as fact stay hedged, in both languages.
import { describe, expect, it } from 'vitest';
import { loadRecords } from '@/data/load';
import { validateRecords } from '@/data/validate';
import { isAttributed } from '@/data/claim-check';
import type { Entity } from '@/data/schema';

const { dataset } = validateRecords(loadRecords().records);
const byId = new Map(dataset.entities.map((e) => [e.id, e]));
const entity = (id: string): Entity => byId.get(id) ?? expect.fail(`${id} is missing`);
type Shown = { en: string; ar: string; status?: string };
const textAt = (id: string, path: 'summary' | `facts[${number}]`): Shown => {
  const e = entity(id);
  const text = path === 'summary' ? e.summary : e.facts?.[Number(path.slice(6, -1))];
  return (text as Shown) ?? expect.fail(`${id} ${path} is missing`);
};
const hedged = (t: Shown) => Boolean(t.status) || (isAttributed(t.en, 'en') && isAttributed(t.ar, 'ar'));

describe('texts that once stated a suspicion as fact', () => {
  it.each([
    ['plc:najaf', 'summary'],
    ['plc:sadrain-square', 'summary'],
    ['evt:2020-02-05-najaf-camp-attack', 'summary'],
    ['plc:habboubi-square', 'facts[0]'],
    ['evt:2019-11-28-nasiriyah-bridge-killings', 'summary'],
    ['plc:nasiriyah', 'summary'],
    ['plc:zaytoun-bridge', 'summary'],
    ['grp:counter-terrorism-service', 'summary'],
  ] as const)('%s %s carries a status or says who says so, in English and Arabic', (id, path) => {
    expect(hedged(textAt(id, path))).toBe(true);
  });

  it('the Najaf camp attack is attributed wherever Sadr and Saraya al-Salam are tied to it', () => {
    for (const e of [entity('per:muqtada-al-sadr'), entity('grp:saraya-al-salam')])
      for (const f of (e.facts ?? []).filter((f) => /Najaf/.test(f.en) && /storm|attack|camp/i.test(f.en))) expect(hedged(f as Shown), f.en).toBe(true);
  });

  it('the annulled Hashimi verdict is never left standing', () => {
    const interior = textAt('grp:iraqi-ministry-of-interior', 'facts[0]');
    expect(interior.en).toMatch(/acquitted/);
    expect(interior.ar).toMatch(/برّأ|براءة|تبرئة|برأ|بُرّئ|برئ/);
    for (const e of dataset.entities)
      for (const f of [e.summary, ...(e.facts ?? [])]) expect(f.en, `${e.id}`).not.toMatch(/confessed killer/i);
  });
});

describe('official acts and what they allege', () => {
  const sanctionFacts = dataset.entities.flatMap((e) => (e.facts ?? []).map((f, i) => ({ where: `${e.id} facts[${i}]`, ...(f as Shown) })));

  it('a listing or designation stated alone is a fact, with no allegation status', () => {
    const bare = /^(Designated|Listed)\b[^,;]*\b(by the (US|United States)|as a Specially Designated)\b[^,;]*(\d{4})\.$/;
    const flagged = sanctionFacts.filter((f) => bare.test(f.en) && f.status === 'us_sanctions_allegation').map((f) => f.where);
    expect(flagged).toEqual([]);
  });

  it('the conduct a sanction alleges is said to be alleged, in English and in Arabic', () => {
    const unattributed = sanctionFacts
      .filter((f) => f.status === 'us_sanctions_allegation' && !(isAttributed(f.en, 'en') && isAttributed(f.ar, 'ar')))
      .map((f) => `${f.where}: ${f.en.slice(0, 80)} | ${f.ar.slice(0, 60)}`);
    expect(unattributed).toEqual([]);
  });
});
