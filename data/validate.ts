// Checks the loaded records: schema, references between records, duplicate ids, URLs and names, Arabic
// names for core entities. Pure: takes what data/load.ts read, returns problems with their paths.
import * as v from 'valibot';
import { RECORD_KINDS, type Entity, type Source } from './schema';
import type { LoadProblem, RawRecord } from './load';
import { expandAlias } from '../lib/alias-expand';
import { aliasKey } from '../lib/tokenize';
import { Spotter } from '../lib/spotter';
import { compileMatchIndex } from './compile';
import { agentIds, checkClaims } from './claim-check';

export interface ValidDataset {
  sources: Source[];
  entities: Entity[];
}
export interface ValidationResult {
  problems: LoadProblem[];
  warnings: LoadProblem[];
  dataset: ValidDataset;
}

const ENTITY_REF_KEYS: Record<string, string[] | undefined> = {
  place: ['plc'],
  within: ['plc'],
  person: ['per'],
  entity: ['per', 'grp'],
  o: ['per', 'grp', 'plc', 'evt'],
  subjects: ['per'],
  part_of: ['evt'],
};

function at(record: RawRecord, path: string): string {
  return `${record.file} [${record.index}]${path ? (path.startsWith('[') ? path : `.${path}`) : ''}`;
}

function issuePath(issue: v.BaseIssue<unknown>): string {
  return (issue.path ?? [])
    .map((item) => (typeof item.key === 'number' ? `[${item.key}]` : `.${String(item.key)}`))
    .join('')
    .replace(/^\./, '');
}

/** Calls visit for every value in a record, with its dotted path and the key it sits under. */
function walk(value: unknown, path: string, key: string, visit: (value: unknown, path: string, key: string) => void) {
  visit(value, path, key);
  if (Array.isArray(value)) value.forEach((item, i) => walk(item, `${path}[${i}]`, key, visit));
  else if (value && typeof value === 'object')
    for (const [k, item] of Object.entries(value)) walk(item, path ? `${path}.${k}` : k, k, visit);
}

export function validateRecords(records: RawRecord[]): ValidationResult {
  const problems: LoadProblem[] = [];
  const warnings: LoadProblem[] = [];
  const sources: Source[] = [];
  const entities: Entity[] = [];
  const valid: RawRecord[] = [];
  const firstSeen = new Map<string, RawRecord>();

  for (const record of records) {
    const result = v.safeParse(RECORD_KINDS[record.kind], record.value);
    if (!result.success) {
      for (const issue of result.issues) {
        const path = issuePath(issue);
        const missingArabic = issue.kind === 'schema' && issue.input === undefined && /(^|\.)ar$/.test(path);
        problems.push({ path: at(record, path), message: missingArabic ? 'missing its Arabic text (every text a card shows has one)' : issue.message });
      }
      continue;
    }
    const id = (result.output as { id: string }).id;
    const previous = firstSeen.get(id);
    if (previous) {
      problems.push({ path: at(record, 'id'), message: `duplicate id ${id} (first in ${at(previous, '')})` });
      continue;
    }
    firstSeen.set(id, record);
    valid.push({ ...record, value: result.output });
    if (record.kind === 'sources') sources.push(result.output as Source);
    else entities.push(result.output as Entity);
  }

  const sourceIds = new Set(sources.map((s) => s.id));
  const entityIds = new Set(entities.map((e) => e.id));
  const cited = new Set<string>();

  const urls = new Map<string, string>();
  for (const record of valid.filter((r) => r.kind === 'sources')) {
    const source = record.value as Source;
    const url = source.url.replace(/\/$/, '').replace(/^http:/, 'https:');
    const other = urls.get(url);
    if (other) problems.push({ path: at(record, 'url'), message: `the same URL is already source ${other}` });
    else urls.set(url, source.id);
  }

  for (const record of valid.filter((r) => r.kind !== 'sources')) {
    walk(record.value, '', '', (value, path, key) => {
      if (typeof value !== 'string') return;
      if (key === 'src' || key === 'reports') {
        cited.add(value);
        if (!sourceIds.has(value)) problems.push({ path: at(record, path), message: `unknown source ${value}` });
      } else if (ENTITY_REF_KEYS[key] && path !== 'id') {
        const prefix = value.split(':')[0];
        if (!ENTITY_REF_KEYS[key]!.includes(prefix))
          problems.push({ path: at(record, path), message: `${value} is not a ${ENTITY_REF_KEYS[key]!.join('/')}: id` });
        else if (!entityIds.has(value)) problems.push({ path: at(record, path), message: `unknown id ${value}` });
      }
    });
    const entity = record.value as Entity;
    if (entity.type === 'place' && !entity.within && entity.kind !== 'country')
      problems.push({ path: at(record, 'within'), message: `place ${entity.id} has no parent place (only countries may have none)` });
    if (entity.type === 'event')
      for (const [i, p] of (entity.perpetrators ?? []).entries())
        if (p.status === 'convicted' && !(entity.legal ?? []).length)
          problems.push({
            path: at(record, `perpetrators[${i}].status`),
            message: 'a conviction needs the legal step (legal[]) that established it',
          });
  }

  // Names: a strong name may point at one entity only; weak aliases may be shared (context decides). Names
  // are compared in the engine's own folded form, so the check agrees with what the matcher would confuse.
  const owners = new Map<string, { id: string; weak: boolean; path: string }>();
  for (const record of valid.filter((r) => r.kind !== 'sources')) {
    const entity = record.value as Entity;
    const lists: Array<[string, string[], boolean]> = [
      ['names.en', [entity.names.en], false],
      ['names.ar', entity.names.ar ? [entity.names.ar] : [], false],
      ['aliases.en', entity.aliases?.en ?? [], false],
      ['aliases.ar', entity.aliases?.ar ?? [], false],
      ['weak_aliases.en', entity.weak_aliases?.en ?? [], true],
      ['weak_aliases.ar', entity.weak_aliases?.ar ?? [], true],
    ];
    for (const [field, names, weak] of lists) {
      names.forEach((pattern, i) => {
        const path = at(record, field === 'names.en' || field === 'names.ar' ? field : `${field}[${i}]`);
        let expanded: string[];
        try {
          expanded = expandAlias(pattern);
        } catch (error) {
          problems.push({ path, message: (error as Error).message });
          return;
        }
        for (const name of expanded) {
          const key = aliasKey(name);
          if (!key) continue;
          const owner = owners.get(key);
          if (!owner) owners.set(key, { id: entity.id, weak, path });
          else if (owner.id !== entity.id && !(owner.weak && weak))
            problems.push({
              path,
              message: `the name "${name}" also belongs to ${owner.id} (${owner.path}); make both weak or drop one`,
            });
        }
      });
    }
  }

  // Violence by a named agent is never stated as fact (data/claim-check.ts). It needs the names to compile,
  // so it runs once every other problem is fixed.
  if (entities.length && !problems.length) {
    const spotter = new Spotter(compileMatchIndex({ sources, entities }));
    const agents = agentIds(entities);
    for (const record of valid.filter((r) => r.kind !== 'sources'))
      for (const p of checkClaims(record.value as Entity, spotter, agents)) problems.push({ path: at(record, p.path), message: p.message });
  }

  for (const source of sources)
    if (!cited.has(source.id))
      warnings.push({ path: at(firstSeen.get(source.id)!, ''), message: `source ${source.id} is never cited` });

  return { problems, warnings, dataset: { sources, entities } };
}
