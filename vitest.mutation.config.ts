import { defineConfig } from "vitest/config";
import { BaseSequencer, type TestSpecification } from "vitest/node";

/**
 * The tests StrykerJS may kill a mutant with (stryker.config.mjs): behavioural tests that run the generator
 * or the runtime templates in the test process. Left out:
 * - test/golden/**: they compare with committed output, so any change at all fails them;
 * - tests that only look at the committed generated/ package or at spec/ through other tools (e2e,
 *   consumer, spec lint, validators and scopes of spec/): no mutant of the generator can reach them;
 * - tests that run the CLI only as a child process: Stryker activates no mutant there;
 * - whatever `npm run mutation -- --skip-tests <glob,...>` names (MUTATION_SKIP_TESTS), for a quicker run;
 *   the report says so.
 */
const SKIPPED = (process.env.MUTATION_SKIP_TESTS ?? "").split(",").filter(Boolean);

/**
 * Stryker stops a mutant's run at the first failing test, so the quick, targeted test files go first and
 * those that generate whole packages last: a mutant that a unit test kills never waits for a generation.
 */
const ORDER = [
  /test\/unit\/(check|normalise|load|model)-rules/,
  /test\/unit\/(readme|emitted-docs|package-files|names|literals|types|schema-node)\.test/,
  /test\/unit\/(check|load|write|model)\.test/,
  /test\/cli\/(diff-fixtures|args)\.test/,
  /test\/unit\/runtime\//,
  /test\/unit\//,
  /test\/cli\/exit-codes/,
  /test\/cli\//,
  /test\/hostile\/harness/,
  /test\/hostile\/corpus/,
  /test\/hostile\//,
];
const rank = (file: string) => {
  const i = ORDER.findIndex((pattern) => pattern.test(file.split("\\").join("/")));
  return i === -1 ? ORDER.length : i;
};

class CheapestFirst extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    return [...files].sort((a, b) => rank(a.moduleId) - rank(b.moduleId) || (a.moduleId < b.moduleId ? -1 : a.moduleId > b.moduleId ? 1 : 0));
  }
}

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    exclude: [
      "node_modules/**",
      "test/consumer/**",
      "test/.tmp/**",
      "test/golden/**",
      // The e2e files of spec/ call the committed package; constructs and corpus-constructs generate theirs.
      "test/e2e/paging.test.ts",
      "test/e2e/request-validation.test.ts",
      "test/e2e/v1.test.ts",
      "test/e2e/v2.test.ts",
      "test/e2e/webhook-deliveries.test.ts",
      "test/consumer.test.ts",
      "test/unit/spec-lint.test.ts",
      "test/unit/validators.test.ts",
      "test/unit/scopes.test.ts",
      "test/cli/cli.test.ts",
      "test/unit/failed-generation.test.ts",
      ...SKIPPED,
    ],
    sequence: { sequencer: CheapestFirst },
    testTimeout: 120_000,
    hookTimeout: 300_000,
    reporters: ["default"],
  },
});
