import { readdirSync } from "node:fs";
import path from "node:path";
import { REPO } from "./generated.js";

/**
 * Every spec the tests can generate without the network, relative to the repository: the Webflow spec, the
 * valid fixtures and the committed corpus. What a formatting shortcut is checked against prettier on.
 */
export const OFFLINE_SPECS: readonly string[] = [
  "spec",
  ...readdirSync(path.join(REPO, "test", "fixtures", "valid")).map((name) => path.join("test", "fixtures", "valid", name)),
  ...readdirSync(path.join(REPO, "test", "corpus", "specs"))
    .filter((name) => /\.(json|yaml)$/.test(name))
    .map((name) => path.join("test", "corpus", "specs", name)),
];
