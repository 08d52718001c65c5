// Reads the JSON reports vitest and Playwright wrote under test-results/ and prints the one line CI
// reads: "N passed, N failed" for unit and browser tests added up. A step that failed before any
// test ran (lint, type-check, build, a crashed runner) counts as one failure, so a red run never
// reads as green.
import { existsSync, readFileSync } from 'node:fs';

const [, , exitCodeArg] = process.argv;
const exitCode = Number(exitCodeArg ?? '0');

function readJson(path) {
  if (!existsSync(path)) return undefined;
  try {
    return JSON.parse(readFileSync(path, 'utf8'));
  } catch {
    return undefined;
  }
}

let passed = 0;
let failed = 0;

const unit = readJson('test-results/unit-results.json');
if (unit) {
  passed += unit.numPassedTests ?? 0;
  failed += unit.numFailedTests ?? 0;
}

const e2e = readJson('test-results/e2e-results.json');
if (e2e?.stats) {
  passed += e2e.stats.expected ?? 0;
  failed += (e2e.stats.unexpected ?? 0) + (e2e.stats.flaky ?? 0);
}

if (exitCode !== 0 && failed === 0) {
  console.log(
    'A step failed outside the test runners (lint, type-check, build or a runner crash).',
  );
  failed = 1;
}

console.log(`${passed} passed, ${failed} failed`);
