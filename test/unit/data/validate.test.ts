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
  roles: ['activist'],
  names: { en: 'Test Person', ar: 'شخص تجريبي' },
  summary: { en: 'An activist.', src: [SRC.id] },
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
    const problems = check(dataset({ sources: [SRC], people: [person({ summary: { en: 'No sources', src: [] } })] }));
    expect(problems).toContainEqual({ path: 'people/test.json [0].summary.src', message: 'must cite at least one source' });
  });

  it('rejects unknown references, missing Arabic names of core entities and unsourced perpetrators', () => {
    const event = {
      id: 'evt:2021-01-01-test-killing',
      type: 'event',
      kind: 'killing',
      names: { en: 'Killing of Test Person' },
      summary: { en: 'A killing.', src: [SRC.id] },
      date: { start: '2021-01-01', src: [SRC.id] },
      perpetrators: [{ entity: 'grp:nobody', status: 'alleged', basis: { en: 'said so' }, src: [SRC.id] }],
      status: 'unresolved',
      as_of: '2026-11-29',
    };
    const problems = check(
      dataset({ sources: [SRC], people: [person({ core: true, names: { en: 'Test Person' }, reports: ['src:missing'] })], events: [event] }),
    );
    const paths = problems.map((p) => `${p.path}: ${p.message}`);
    expect(paths).toContain('people/test.json [0].names.ar: core entity per:test-person has no Arabic name');
    expect(paths).toContain('people/test.json [0].reports[0]: unknown source src:missing');
    expect(paths).toContain('events/test.json [0].perpetrators[0].entity: unknown id grp:nobody');
  });

  it('rejects a perpetrator without a status and a conviction without a legal step', () => {
    const base = {
      id: 'evt:2021-01-01-test-killing', type: 'event', kind: 'killing', names: { en: 'Killing of Test Person' },
      summary: { en: 'A killing.', src: [SRC.id] }, date: { start: '2021-01-01', src: [SRC.id] }, status: 'convicted', as_of: '2026-11-29',
    };
    const noStatus = check(dataset({ sources: [SRC], people: [person()], events: [{ ...base, perpetrators: [{ entity: 'per:test-person', basis: { en: 'x' }, src: [SRC.id] }] }] }));
    expect(noStatus.map((p) => p.path)).toContain('events/test.json [0].perpetrators[0].status');
    const noLegal = check(dataset({ sources: [SRC], people: [person()], events: [{ ...base, perpetrators: [{ entity: 'per:test-person', status: 'convicted', basis: { en: 'x' }, src: [SRC.id] }] }] }));
    expect(noLegal.map((p) => p.message)).toContain('a conviction needs the legal step (legal[]) that established it');
  });

  it('rejects duplicate ids, duplicate URLs and a name shared by two entities', () => {
    const problems = check(
      dataset({
        sources: [SRC, { ...SRC, id: 'src:test-copy' }],
        people: [person(), person({ id: 'per:other', names: { en: 'Test Person' } }), person()],
      }),
    );
    const messages = problems.map((p) => p.message);
    expect(messages).toContain('the same URL is already source src:test-2021-07-13-report');
    expect(messages.some((m) => m.startsWith('duplicate id per:test-person'))).toBe(true);
    expect(messages.some((m) => m.startsWith('the name "Test Person" also belongs to per:test-person'))).toBe(true);
  });

  it('reports malformed JSON and bad alias patterns with their paths', () => {
    const dir = dataset({ sources: [SRC], people: [person({ aliases: { en: ['Test {Person'] } })] });
    writeFileSync(join(dir, 'people', 'broken.json'), '[{"id": ');
    const problems = check(dir);
    expect(problems.some((p) => p.path === 'people/broken.json' && p.message.startsWith('is not valid JSON'))).toBe(true);
    expect(problems.some((p) => p.path === 'people/test.json [0].aliases.en[0]' && p.message.includes('unbalanced "{"'))).toBe(true);
  });

  it('refuses to build a broken dataset, listing every problem', () => {
    const dir = dataset({ sources: [SRC], people: [person({ summary: { en: 'x', src: ['src:nowhere'] } })] });
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
