// Serves the compiled dataset to the bundles as virtual modules, so `wxt build` always ships what
// data/records holds, validated: a broken dataset fails the build with the path of each problem.
import type { Plugin } from 'vite';
import { buildDataset, type BuiltDataset } from './build';
import { shippedMatchIndex } from './compile';
import { compileAliases } from '../lib/matcher';
import { deriveSentinelKeys } from '../lib/sentinel-keys';

export const MATCH_INDEX_MODULE = 'virtual:backstory/match-index';
export const DATASET_MODULE = 'virtual:backstory/dataset';
/** The first stage's keys (lib/sentinel-keys.ts), from the same compiled aliases the engine ships. */
export const SENTINEL_KEYS_MODULE = 'virtual:backstory/sentinel-keys';
const MODULES = [MATCH_INDEX_MODULE, DATASET_MODULE, SENTINEL_KEYS_MODULE];

export function datasetPlugin(): Plugin {
  let built: BuiltDataset | undefined;
  const resolved = (id: string) => `\0${id}`;
  return {
    name: 'backstory-dataset',
    buildStart() {
      built = undefined;
    },
    resolveId(id) {
      if (MODULES.includes(id)) return resolved(id);
    },
    load(id) {
      if (!MODULES.some((m) => id === resolved(m))) return;
      built ??= buildDataset();
      for (const file of built.files) this.addWatchFile(file);
      if (id === resolved(SENTINEL_KEYS_MODULE))
        // One string literal: nothing for a JSON.parse to save.
        return `export default ${JSON.stringify(deriveSentinelKeys(compileAliases(built.matchIndex)))};`;
      const value = id === resolved(MATCH_INDEX_MODULE) ? shippedMatchIndex(built.matchIndex) : built.runtime;
      // JSON.parse of a string literal parses faster than the equivalent object literal.
      return `export default JSON.parse(${JSON.stringify(JSON.stringify(value))});`;
    },
  };
}
