// Builds <slug>.txt and <slug>.gold.json from src/<slug>.marked.
// Markup: ⟦surface|entityId|salience⟧; for entities without a record: ⟦surface|~type~Entity name|salience⟧.
// Spans are computed from the stripped text and verified with text.slice(start,end) === surface.
'use strict';
const fs = require('fs'), path = require('path');
const here = __dirname, rec = path.join(here, '../../../data/records');
const names = {};
for (const d of ['people', 'groups', 'places', 'events'])
  for (const f of fs.readdirSync(path.join(rec, d)))
    for (const r of JSON.parse(fs.readFileSync(path.join(rec, d, f), 'utf8'))) names[r.id] = r.names.en;
const TYPES = { per: 'person', grp: 'group', plc: 'place', evt: 'event' };
const NOTES = JSON.parse(fs.readFileSync(path.join(here, 'src/notes.json'), 'utf8'));
const BASE = 'spans are [start,end) offsets into the UTF-8 decoded text (JS string indices; the text is BMP-only, LF line endings). salience: core = the entity belongs in the bundled dataset; coref = a first-name/surname-only, acronym or short reference after the full name; minor = a correct entity that is peripheral (entities without a record are minor). entityId = an id from data/records, or null. Titles, articles \'the\' and possessive \'s are outside spans; a fused Arabic proclitic (و ف ب ل ك) is outside the span, the article ال stays inside; after لل the span starts after لل. A phrase such as \'killing of X\' is annotated at the name X. Original text written blind for a generalisation check. Excluded: the outlet, datelines, country names and adjectives, Washington/Tehran used for governments, generic \'security forces\' / \'the police\' / القوات الأمنية / الأجهزة الأمنية.';
let total = {};
for (const f of fs.readdirSync(path.join(here, 'src')).filter(f => f.endsWith('.marked')).sort()) {
  const slug = f.replace(/\.marked$/, '');
  const src = fs.readFileSync(path.join(here, 'src', f), 'utf8');
  let text = '', groups = new Map(), i = 0;
  const re = /⟦([^|⟧]+)\|([^|⟧]+)\|(core|coref|minor)⟧/g; let m;
  while ((m = re.exec(src))) {
    text += src.slice(i, m.index);
    const [, surface, id, sal] = m; const start = text.length; text += surface; i = re.lastIndex;
    let entity, entityId, type;
    if (id.startsWith('~')) { const [, t, n] = id.split('~'); type = t; entity = n; entityId = null; }
    else { if (!names[id]) throw new Error(slug + ': unknown id ' + id); entityId = id; entity = names[id]; type = TYPES[id.split(':')[0]]; }
    const key = [surface, entityId || entity, sal].join('\u0000');
    if (!groups.has(key)) groups.set(key, { surface, entity, entityId, type, salience: sal, count: 0, spans: [] });
    const g = groups.get(key); g.spans.push([start, start + surface.length]); g.count++;
  }
  text += src.slice(i);
  if (/[⟦⟧]/.test(text)) throw new Error(slug + ': leftover markup');
  if (/\r/.test(text) || /[\uD800-\uDFFF\uFEFF]/.test(text)) throw new Error(slug + ': CR, BOM or non-BMP');
  const mentions = [...groups.values()].sort((a, b) => a.spans[0][0] - b.spans[0][0]);
  const all = mentions.flatMap(g => g.spans).sort((a, b) => a[0] - b[0]);
  for (let k = 1; k < all.length; k++) if (all[k][0] < all[k - 1][1]) throw new Error(slug + ': overlap');
  for (const g of mentions) { if (g.count !== g.spans.length) throw 0; for (const [s, e] of g.spans) if (text.slice(s, e) !== g.surface) throw new Error(slug + ': bad span ' + g.surface); }
  fs.writeFileSync(path.join(here, slug + '.txt'), text);
  const gold = { article: slug + '.txt', note: BASE + (NOTES[slug] ? ' ' + NOTES[slug] : ''), mentions };
  fs.writeFileSync(path.join(here, slug + '.gold.json'), JSON.stringify(gold, null, 1) + '\n');
  const c = { total: all.length, core: 0, coref: 0, minor: 0, entries: mentions.length, nullId: 0 };
  for (const g of mentions) { c[g.salience] += g.count; if (!g.entityId) c.nullId += g.count; }
  total[slug] = c;
  console.log(slug, JSON.stringify(c), 'words:', text.split(/\s+/).filter(Boolean).length);
}
