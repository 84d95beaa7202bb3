// Reads the source records from data/records/<kind>/*.json (Node only: used by the build and the CLIs).
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join, relative } from 'node:path';
import { RECORD_KINDS, type RecordKind } from './schema';

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
  for (const kind of Object.keys(RECORD_KINDS) as RecordKind[]) {
    const folder = join(dir, kind);
    if (!existsSync(folder)) continue;
    for (const name of readdirSync(folder).filter((f) => f.endsWith('.json')).sort()) {
      const full = join(folder, name);
      const file = relative(root, full) || full;
      files.push(file);
      let parsed: unknown;
      try {
        parsed = JSON.parse(readFileSync(full, 'utf8'));
      } catch (error) {
        problems.push({ path: file, message: `is not valid JSON: ${(error as Error).message}` });
        continue;
      }
      if (!Array.isArray(parsed)) {
        problems.push({ path: file, message: 'must be a JSON array of records' });
        continue;
      }
      parsed.forEach((value, index) => records.push({ kind, file, index, value }));
    }
  }
  return { records, problems, files };
}
