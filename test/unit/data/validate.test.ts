import { describe, expect, it } from 'vitest';
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { loadRecords } from '@/data/load';
import { validateRecords } from '@/data/validate';
import { buildDataset, DatasetError } from '@/data/build';

const SRC = { id: 'src:test-2021-07-13-report', publisher: 'Test Publisher', title: 'A report', url: 'https://example.org/report', date: '2021-07-13', lang: 'en', kind: 'ngo' };
const person = (over: Record<string, unknown> = {}) => ({
  id: 'per:test-person',
  type: 'person',
  roles: [{ en: 'activist', ar: 'ناشط' }],
  names: { en: 'Test Person', ar: 'شخص تجريبي' },
  summary: { en: 'An activist.', ar: 'ناشط.', src: [SRC.id] },
  as_of: '2026-11-29',
  ...over,
});

function dataset(records: Record<string, unknown[]>): string {
  const dir = mkdtempSync(join(tmpdir(), 'backstory-data-'));
  for (const [kind, list] of Object.entries(records)) {
    mkdirSync(join(dir, kind), { recursive: true });
    writeFileSync(join(dir, kind, 'test.json'), JSON.stringify(list));
  }
  return dir;
}
const check = (dir: string) => {
  const loaded = loadRecords(dir, dir);
  return [...loaded.problems, ...validateRecords(loaded.records).problems];
};

describe('the dataset validator', () => {
  it('accepts a small valid dataset', () => {
    expect(check(dataset({ sources: [SRC], people: [person()] }))).toEqual([]);
  });

  it('names the file, the record and the field of each schema problem', () => {
    const problems = check(dataset({ sources: [SRC], people: [person({ summary: { en: 'No sources', ar: 'بلا مصادر', src: [] } })] }));
    expect(problems).toContainEqual({ path: 'people/test.json [0].summary.src', message: 'must cite at least one source' });
  });

  it('rejects unknown references, missing Arabic names of core entities and unsourced perpetrators', () => {
    const event = {
      id: 'evt:2021-01-01-test-killing',
      type: 'event',
      kind: 'killing',
      names: { en: 'Killing of Test Person', ar: 'مقتل شخص' },
      summary: { en: 'A killing.', ar: 'مقتل.', src: [SRC.id] },
      date: { start: '2021-01-01', src: [SRC.id] },
      perpetrators: [{ entity: 'grp:nobody', status: 'alleged', basis: { en: 'said so', ar: 'قيل' }, src: [SRC.id] }],
      status: 'unresolved',
      as_of: '2026-11-29',
    };
    const problems = check(
      dataset({
        sources: [SRC],
        people: [person({ core: true, reports: ['src:missing'] }), person({ id: 'per:no-arabic', names: { en: 'No Arabic' } })],
        events: [event],
      }),
    );
    const paths = problems.map((p) => `${p.path}: ${p.message}`);
    expect(paths).toContain('people/test.json [1].names.ar: missing its Arabic text (every text a card shows has one)');
    expect(paths).toContain('people/test.json [0].reports[0]: unknown source src:missing');
    expect(paths).toContain('events/test.json [0].perpetrators[0].entity: unknown id grp:nobody');
  });

  it('rejects a perpetrator without a status and a conviction without a legal step', () => {
    const base = {
      id: 'evt:2021-01-01-test-killing', type: 'event', kind: 'killing', names: { en: 'Killing of Test Person', ar: 'مقتل شخص' },
      summary: { en: 'A killing.', ar: 'مقتل.', src: [SRC.id] }, date: { start: '2021-01-01', src: [SRC.id] }, status: 'convicted', as_of: '2026-11-29',
    };
    const noStatus = check(dataset({ sources: [SRC], people: [person()], events: [{ ...base, perpetrators: [{ entity: 'per:test-person', basis: { en: 'x', ar: 'س' }, src: [SRC.id] }] }] }));
    expect(noStatus.map((p) => p.path)).toContain('events/test.json [0].perpetrators[0].status');
    const noLegal = check(dataset({ sources: [SRC], people: [person()], events: [{ ...base, perpetrators: [{ entity: 'per:test-person', status: 'convicted', basis: { en: 'x', ar: 'س' }, src: [SRC.id] }] }] }));
    expect(noLegal.map((p) => p.message)).toContain('a conviction needs the legal step (legal[]) that established it');
  });

  it('rejects duplicate ids, duplicate URLs and a name shared by two entities', () => {
    const problems = check(
      dataset({
        sources: [SRC, { ...SRC, id: 'src:test-copy' }],
        people: [person(), person({ id: 'per:other', names: { en: 'Test Person', ar: 'شخص آخر' } }), person()],
      }),
    );
    const messages = problems.map((p) => p.message);
    expect(messages).toContain('the same URL is already source src:test-2021-07-13-report');
    expect(messages.some((m) => m.startsWith('duplicate id per:test-person'))).toBe(true);
    expect(messages.some((m) => m.startsWith('the name "Test Person" also belongs to per:test-person'))).toBe(true);
  });

  it('rejects what JSON.parse and a loose loader let pass, each with its path', () => {
    const empty = mkdtempSync(join(tmpdir(), 'backstory-empty-'));
    expect(check(empty)).toEqual([{ path: '', message: 'holds no records: an extension without a dataset would mark nothing' }].map((p) => ({ ...p, path: expect.any(String) })));

    const dir = dataset({ sources: [SRC], people: [person()] });
    mkdirSync(join(dir, 'person'));
    writeFileSync(join(dir, 'people', 'more.JSON'), '[]');
    writeFileSync(
      join(dir, 'people', 'dup.json'),
      '[' + JSON.stringify(person({ id: 'per:other-one', names: { en: 'Other One', ar: 'آخر' } })).replace('"type":"person"', '"type":"person","type":"person"') + ',' +
        JSON.stringify(person({ id: 'per:third-one', names: { en: 'Third One', ar: 'ثالث' } })).replace('{', '{"__proto__":{},') + ']',
    );
    const problems = check(dir);
    const has = (path: string, text: string) => expect(problems.some((p) => p.path === path && p.message.includes(text)), `${path}: ${text}`).toBe(true);
    has('person', 'is not a kind of record');
    has('people/more.JSON', 'is not a .json file');
    has('people/dup.json [0]', 'has the key "type" twice');
    has('people/dup.json [1]', '"__proto__"');
    // The file's bad records are set aside, the good one elsewhere is kept.
    expect(loadRecords(dir, dir).records.map((r) => (r.value as { id: string }).id)).toEqual([SRC.id, 'per:test-person']);
  });

  it('rejects impossible dates and URLs that hide their host behind user-info', () => {
    const problems = check(
      dataset({
        sources: [{ ...SRC, date: '2020-13-45' }, { ...SRC, id: 'src:b-2021-01-01-x', url: 'https://trusted.org@evil.example/x', date: '2021-02-29' }],
        people: [person()],
      }),
    );
    const paths = problems.map((p) => p.path);
    expect(paths).toContain('sources/test.json [0].date');
    expect(paths).toContain('sources/test.json [1].date');
    expect(paths).toContain('sources/test.json [1].url');
  });

  it('reports malformed JSON and bad alias patterns with their paths', () => {
    const dir = dataset({ sources: [SRC], people: [person({ aliases: { en: ['Test {Person'] } })] });
    writeFileSync(join(dir, 'people', 'broken.json'), '[{"id": ');
    const problems = check(dir);
    expect(problems.some((p) => p.path === 'people/broken.json' && p.message.startsWith('is not valid JSON'))).toBe(true);
    expect(problems.some((p) => p.path === 'people/test.json [0].aliases.en[0]' && p.message.includes('unbalanced "{"'))).toBe(true);
  });

  it('refuses to build a broken dataset, listing every problem', () => {
    const dir = dataset({ sources: [SRC], people: [person({ summary: { en: 'x', ar: 'س', src: ['src:nowhere'] } })] });
    expect(() => buildDataset(dir)).toThrow(DatasetError);
    try {
      buildDataset(dir);
    } catch (error) {
      expect((error as DatasetError).problems[0].message).toBe('unknown source src:nowhere');
    }
  });

  it('npm run data:check exits non-zero on a broken dataset and prints the path', () => {
    const dir = dataset({ sources: [SRC], people: [person({ roles: [] })] });
    const run = spawnSync('npx', ['tsx', 'scripts/data-check.ts', dir], { encoding: 'utf8' });
    expect(run.status).toBe(1);
    expect(run.stdout).toMatch(/people\/test\.json \[0\]\.roles: /);
    expect(run.stdout).toContain('data:check failed');
  });
});
