/** True in builds made for the end-to-end tests (BACKSTORY_TEST_HOOKS=1): never in the store build. */
declare const __BACKSTORY_TEST_HOOKS__: boolean;

declare module '*.css?inline' {
  const css: string;
  export default css;
}
/** True only in the builds that measure the other way to load the second stage (BACKSTORY_STAGE2=import). */
declare const __BACKSTORY_STAGE2_IMPORT__: boolean;
