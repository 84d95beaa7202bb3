// Reads the source records from data/records/<kind>/*.json (Node only: used by the build and the CLIs).
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join, relative } from 'node:path';
import { RECORD_KINDS, type RecordKind } from './schema';
import { findKeyProblems } from './json-keys';

export interface RawRecord {
  kind: RecordKind;
  /** Path of the file, relative to the repository root. */
  file: string;
  index: number;
  value: unknown;
}
export interface LoadProblem {
  path: string;
  message: string;
}
export interface LoadResult {
  records: RawRecord[];
  problems: LoadProblem[];
  files: string[];
}

export const DEFAULT_RECORDS_DIR = join(import.meta.dirname, 'records');

export function loadRecords(dir: string = DEFAULT_RECORDS_DIR, root: string = process.cwd()): LoadResult {
  const records: RawRecord[] = [];
  const problems: LoadProblem[] = [];
  const files: string[] = [];
  if (!existsSync(dir)) {
    problems.push({ path: relative(root, dir) || dir, message: 'the records folder does not exist' });
    return { records, problems, files };
  }
  // Nothing in the records folder is skipped without a word: an unknown folder or file is an error.
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const at = relative(root, join(dir, entry.name)) || entry.name;
    if (!entry.isDirectory()) problems.push({ path: at, message: `is not a folder of records (the folders are ${Object.keys(RECORD_KINDS).join(', ')})` });
    else if (!(entry.name in RECORD_KINDS)) problems.push({ path: at, message: `is not a kind of record (expected one of ${Object.keys(RECORD_KINDS).join(', ')})` });
  }
  for (const kind of Object.keys(RECORD_KINDS) as RecordKind[]) {
    const folder = join(dir, kind);
    if (!existsSync(folder)) continue;
    for (const name of readdirSync(folder).sort()) {
      const full = join(folder, name);
      const file = relative(root, full) || full;
      if (!name.endsWith('.json')) {
        problems.push({ path: file, message: 'is not a .json file (names end in lower-case .json)' });
        continue;
      }
      files.push(file);
      let parsed: unknown;
      const text = readFileSync(full, 'utf8');
      try {
        parsed = JSON.parse(text);
      } catch (error) {
        problems.push({ path: file, message: `is not valid JSON: ${(error as Error).message}` });
        continue;
      }
      if (!Array.isArray(parsed)) {
        problems.push({ path: file, message: 'must be a JSON array of records' });
        continue;
      }
      const bad = findKeyProblems(text);
      for (const p of bad) problems.push({ path: `${file} ${p.path}`, message: p.message });
      // A record with a duplicate or __proto__ key is set aside whole; the file's other records are kept.
      const badRecords = new Set(bad.map((p) => Number(/^\[(\d+)\]/.exec(p.path)?.[1] ?? -1)));
      parsed.forEach((value, index) => {
        if (!badRecords.has(index)) records.push({ kind, file, index, value });
      });
    }
  }
  if (!records.length && !problems.length) problems.push({ path: relative(root, dir) || dir, message: 'holds no records: an extension without a dataset would mark nothing' });
  return { records, problems, files };
}
