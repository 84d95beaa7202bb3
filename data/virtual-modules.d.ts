declare module 'virtual:backstory/match-index' {
  const index: import('../lib/types').MatchIndex;
  export default index;
}
declare module 'virtual:backstory/dataset' {
  const dataset: import('./compile').RuntimeDataset;
  export default dataset;
}
