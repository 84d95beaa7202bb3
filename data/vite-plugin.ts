// Serves the compiled dataset to the bundles as virtual modules, so `wxt build` always ships what
// data/records holds, validated: a broken dataset fails the build with the path of each problem.
import type { Plugin } from 'vite';
import { buildDataset, type BuiltDataset } from './build';
import { shippedMatchIndex } from './compile';

export const MATCH_INDEX_MODULE = 'virtual:backstory/match-index';
export const DATASET_MODULE = 'virtual:backstory/dataset';

export function datasetPlugin(): Plugin {
  let built: BuiltDataset | undefined;
  const resolved = (id: string) => `\0${id}`;
  return {
    name: 'backstory-dataset',
    buildStart() {
      built = undefined;
    },
    resolveId(id) {
      if (id === MATCH_INDEX_MODULE || id === DATASET_MODULE) return resolved(id);
    },
    load(id) {
      if (id !== resolved(MATCH_INDEX_MODULE) && id !== resolved(DATASET_MODULE)) return;
      built ??= buildDataset();
      for (const file of built.files) this.addWatchFile(file);
      const value = id === resolved(MATCH_INDEX_MODULE) ? shippedMatchIndex(built.matchIndex) : built.runtime;
      // JSON.parse of a string literal parses faster than the equivalent object literal.
      return `export default JSON.parse(${JSON.stringify(JSON.stringify(value))});`;
    },
  };
}
