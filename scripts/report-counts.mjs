#!/usr/bin/env node
// Sums vitest JSON reports into the one line CI reads: "N passed, N failed".
// A missing or unreadable report counts as a failure, so a run that crashed early never
// looks green.
import { readFileSync } from 'node:fs';

let passed = 0;
let failed = 0;
for (const file of process.argv.slice(2)) {
  try {
    const report = JSON.parse(readFileSync(file, 'utf8'));
    passed += report.numPassedTests;
    failed += report.numFailedTests;
    // Files that failed to load report no tests; count each as a failure.
    failed += report.testResults.filter(
      (r) => r.status === 'failed' && r.assertionResults.length === 0,
    ).length;
  } catch {
    console.error(`missing or unreadable test report: ${file}`);
    failed += 1;
  }
}
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed > 0 || passed === 0 ? 1 : 0);
