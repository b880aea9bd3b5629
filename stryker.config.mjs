// StrykerJS: mutation testing of the generator and the runtime templates, run by `npm run mutation`
// (test/mutation/run.ts), never by `npm test`. The tests that may kill a mutant are vitest.mutation.config.ts's.
/** @type {import("@stryker-mutator/api/core").PartialStrykerOptions} */
export default {
  packageManager: "npm",
  testRunner: "vitest",
  plugins: ["@stryker-mutator/vitest-runner"],
  vitest: { configFile: "vitest.mutation.config.ts" },
  mutate: ["generator/**/*.ts", "templates/runtime/**/*.ts"],
  // Each mutant runs only the tests that executed its code. A test that reads a generated package counts as
  // executing the generator lines that made it (test/support/generated.ts). Code run only while a file
  // loads or in a beforeAll belongs to no test: such "static" mutants are reported as Ignored rather than
  // run against the whole suite each.
  coverageAnalysis: "perTest",
  ignoreStatic: true,
  // The templates are copied into every generated package and type-checked there: instrumented, they must
  // not be (Stryker's default covers only src/, lib/ and test/).
  disableTypeChecks: "{generator,templates}/**/*.ts",
  // The machine has 2 cores; one generate() takes seconds.
  concurrency: 2,
  timeoutMS: 30_000,
  timeoutFactor: 2,
  dryRunTimeoutMinutes: 40,
  reporters: ["clear-text", "progress", "json"],
  jsonReporter: { fileName: "test/mutation/reports/mutation.json" },
  clearTextReporter: { allowColor: false, logTests: false, maxTestsToLog: 0 },
  tempDirName: ".stryker-tmp",
  cleanTempDir: "always",
  ignorePatterns: ["test/.tmp", "test/mutation/reports", "test/consumer/node_modules", ".stryker-tmp"],
  thresholds: { high: 80, low: 60, break: null },
};
