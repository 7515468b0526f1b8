// Validates an OpenAPI document against the official OpenAPI 3.1 JSON schema, using a validator
// independent of Sonara: node validate_openapi.mjs MODULES_DIR DOCUMENT.json
import { createRequire } from "node:module";
import { readFileSync } from "node:fs";
import path from "node:path";

const [modules, documentPath] = process.argv.slice(2);
const require = createRequire(path.join(path.resolve(modules), "noop.js"));
const { Validator } = require("@seriousme/openapi-schema-validator");
const validator = new Validator();
const result = await validator.validate(JSON.parse(readFileSync(documentPath, "utf8")));
if (!result.valid) {
  console.error(JSON.stringify(result.errors, null, 2));
  process.exit(1);
}
console.log(`valid OpenAPI ${validator.version}`);
