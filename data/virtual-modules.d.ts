declare module 'virtual:backstory/match-index' {
  const index: import('../lib/types').MatchIndex;
  export default index;
}
declare module 'virtual:backstory/dataset' {
  const dataset: import('./compile').RuntimeDataset;
  export default dataset;
}
declare module 'virtual:backstory/sentinel-keys' {
  const keys: import('../lib/sentinel-keys').SentinelKeys;
  export default keys;
}
