// Validates each Amazon States Language definition file given with asl-validator. Prints one line per invalid
// file and a summary; exits 1 when a definition is invalid.
"use strict";
const fs = require("fs");
const validator = require("asl-validator");

const files = process.argv.slice(2);
let invalid = 0;
for (const file of files) {
  let definition;
  try {
    definition = JSON.parse(fs.readFileSync(file, "utf8"));
  } catch (error) {
    invalid++;
    console.log(file + ": not JSON: " + error.message);
    continue;
  }
  const result = validator(definition);
  if (!result.isValid) {
    invalid++;
    console.log(file + ": " + JSON.stringify(result.errors));
  }
}
console.log("checked " + files.length + " definitions, " + invalid + " invalid");
process.exit(invalid === 0 ? 0 : 1);
