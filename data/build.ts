// Loads, validates and compiles the dataset (Node). Throws with every problem's path when it is invalid,
// so a broken dataset never reaches a build.
import { loadRecords, DEFAULT_RECORDS_DIR } from './load';
import { validateRecords } from './validate';
import { compileMatchIndex, compileRuntimeDataset, type RuntimeDataset } from './compile';
import type { MatchIndex } from '../lib/types';

export class DatasetError extends Error {
  constructor(readonly problems: Array<{ path: string; message: string }>) {
    super(`the dataset has ${problems.length} problem(s):\n${problems.map((p) => `  ${p.path}: ${p.message}`).join('\n')}`);
  }
}

export interface BuiltDataset {
  matchIndex: MatchIndex;
  runtime: RuntimeDataset;
  files: string[];
}

/** BACKSTORY_DATA_DIR points the build at another records folder (tests use it for broken datasets). */
export function buildDataset(dir: string = process.env.BACKSTORY_DATA_DIR || DEFAULT_RECORDS_DIR): BuiltDataset {
  const loaded = loadRecords(dir);
  const result = validateRecords(loaded.records);
  const problems = [...loaded.problems, ...result.problems];
  if (problems.length) throw new DatasetError(problems);
  const latest = result.dataset.entities.map((e) => e.as_of).sort().at(-1) ?? '';
  return {
    matchIndex: compileMatchIndex(result.dataset),
    runtime: compileRuntimeDataset(result.dataset, latest),
    files: loaded.files,
  };
}
