// npm test: every check, in the order that fails fastest. Each step prints its own output; the run stops at
// the first failure with the step's name.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const CHROMIUM = process.env.CHROMIUM_BIN ?? '/usr/bin/chromium';
const FIREFOX = process.env.FIREFOX_BIN ?? '/usr/bin/firefox-esr';

const missing = [
  [CHROMIUM, 'chromium'],
  [FIREFOX, 'firefox-esr'],
].filter(([bin]) => !existsSync(bin));
if (missing.length) {
  console.error(
    `The end-to-end tests need real browsers, and ${missing.map(([bin]) => bin).join(' and ')} ${missing.length > 1 ? 'are' : 'is'} missing.\n` +
      `Install them (Debian/Ubuntu): sudo apt-get update && sudo apt-get install -y ${missing.map(([, pkg]) => pkg).join(' ')}\n` +
      'or point CHROMIUM_BIN / FIREFOX_BIN at your own binaries.',
  );
  process.exit(1);
}

const steps: Array<[string, string[]]> = [
  ['type check', ['npx', 'tsc', '--noEmit']],
  ['dataset check', ['npx', 'tsx', 'scripts/data-check.ts']],
  ['unit tests', ['npx', 'vitest', 'run']],
  ['build (Chrome MV3, Firefox MV3, zips)', ['npm', 'run', 'build']],
  ['test build (open shadow root for the end-to-end tests)', ['npm', 'run', 'build:test']],
  ['Firefox lint', ['npx', 'web-ext', 'lint', '-s', '.output/firefox-mv3', '--self-hosted']],
  ['end-to-end tests (Chromium, Firefox)', ['npx', 'vitest', 'run', '-c', 'vitest.e2e.config.ts']],
];

const started = Date.now();
for (const [name, command] of steps) {
  const t0 = Date.now();
  console.log(`\n=== ${name}: ${command.join(' ')}`);
  const result = spawnSync(command[0], command.slice(1), { stdio: 'inherit' });
  if (result.status !== 0) {
    console.error(`\nnpm test failed at: ${name} (exit ${result.status ?? result.signal})`);
    process.exit(1);
  }
  console.log(`=== ${name}: ok in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
}
console.log(`\nAll checks passed in ${((Date.now() - started) / 1000).toFixed(0)} s.`);
