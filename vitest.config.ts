import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    exclude: ["node_modules/**", "test/consumer/**", "test/.tmp/**", "test/corpus/node_modules/**", "test/packaging/.scratch/**"],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // The JSON report is what .ci/run counts; the default reporter is for people.
    reporters: ["default", "json"],
    outputFile: { json: "test/.tmp/vitest-results.json" },
  },
});
