// Parses every .tf file of each Terraform module folder given with HashiCorp's HCL parser (@cdktf/hcl2json) and
// checks that every reference in every expression (aws_x.y.attr, data.x.y.attr, var.x, local.x) names a block
// the module declares. With --dump, writes each file's parsed form beside it as <file>.json.
// Prints one line per problem and a summary; exits 1 when there is a problem.
"use strict";
const fs = require("fs");
const path = require("path");
const hcl = require("@cdktf/hcl2json");

const BUILT_IN = new Set(["path", "terraform", "each", "count", "self"]);

function strings(value, found) {
  if (typeof value === "string") {
    found.push(value);
  } else if (Array.isArray(value)) {
    value.forEach((item) => strings(item, found));
  } else if (value && typeof value === "object") {
    Object.values(value).forEach((item) => strings(item, found));
  }
  return found;
}

/** The parsed file without what is no expression: the type constraints of variables (type = string). */
function expressions(parsed) {
  const copy = JSON.parse(JSON.stringify(parsed));
  for (const blocks of Object.values(copy.variable || {})) {
    blocks.forEach((block) => delete block.type);
  }
  return copy;
}

function declare(parsed, declared) {
  for (const [type, byName] of Object.entries(parsed.resource || {})) {
    Object.keys(byName).forEach((name) => declared.add(type + "." + name));
  }
  for (const [type, byName] of Object.entries(parsed.data || {})) {
    Object.keys(byName).forEach((name) => declared.add("data." + type + "." + name));
  }
  Object.keys(parsed.variable || {}).forEach((name) => declared.add("var." + name));
  (parsed.locals || []).forEach((block) => Object.keys(block).forEach((name) => declared.add("local." + name)));
}

// References are read from the parsed values: hcl2json keeps each expression's source inside ${...} and decodes
// the literal text around it (keeping the $${ and %%{ escapes). @cdktf/hcl2json's own getReferencesInExpression
// cannot take a template whose literal text holds a quote, so the expressions are scanned here: a template's
// ${...} parts, and inside them the traversals (a.b.c) outside quoted strings, whose quoted strings are templates
// again.
const TRAVERSAL = /(?<![\w.$-])([A-Za-z_][\w-]*)((?:\.[A-Za-z_][\w-]*)+)(?!\s*\()/g;

function templateReferences(text, found) {
  for (let index = 0; index < text.length; index++) {
    if (text.startsWith("$${", index) || text.startsWith("%%{", index)) {
      index += 2;
    } else if (text.startsWith("${", index) || text.startsWith("%{", index)) {
      index = expressionReferences(text, index + 2, found);
    }
  }
  return found;
}

/** Scans an expression from start to its closing brace; returns the index of that brace. */
function expressionReferences(text, start, found) {
  let depth = 0;
  let code = "";
  let index = start;
  for (; index < text.length; index++) {
    const letter = text[index];
    if (letter === '"') {
      const end = quotedEnd(text, index);
      templateReferences(text.substring(index + 1, end), found);
      code += " ";
      index = end;
    } else if (letter === "{" || letter === "(" || letter === "[") {
      depth++;
      code += letter;
    } else if (letter === "}" && depth === 0) {
      break;
    } else {
      if (letter === "}" || letter === ")" || letter === "]") {
        depth--;
      }
      code += letter;
    }
  }
  for (const match of code.matchAll(TRAVERSAL)) {
    found.push(match[1] + match[2]);
  }
  return index;
}

/** The index of the quote ending the quoted string starting at start, skipping escapes and interpolations. */
function quotedEnd(text, start) {
  let depth = 0;
  for (let index = start + 1; index < text.length; index++) {
    if (text[index] === "\\") {
      index++;
    } else if (depth === 0 && (text.startsWith("$${", index) || text.startsWith("%%{", index))) {
      index += 2;
    } else if (text.startsWith("${", index) || text.startsWith("%{", index)) {
      depth++;
      index++;
    } else if (text[index] === "}" && depth > 0) {
      depth--;
    } else if (text[index] === '"' && depth === 0) {
      return index;
    }
  }
  return text.length;
}

function target(reference) {
  const parts = reference.split(".");
  if (BUILT_IN.has(parts[0])) {
    return null;
  }
  if (parts[0] === "data") {
    return parts.slice(0, 3).join(".");
  }
  return parts.slice(0, 2).join(".");
}

async function checkModule(folder, dump, problems, totals) {
  const files = fs.readdirSync(folder).filter((name) => name.endsWith(".tf")).sort();
  const declared = new Set();
  const parsedFiles = [];
  for (const name of files) {
    const file = path.join(folder, name);
    try {
      const parsed = await hcl.parse(name, fs.readFileSync(file, "utf8"));
      declare(parsed, declared);
      parsedFiles.push([file, parsed]);
      if (dump) {
        fs.writeFileSync(file + ".json", JSON.stringify(parsed, null, 1));
      }
    } catch (error) {
      problems.push(file + ": does not parse: " + (error.message || error));
    }
  }
  for (const [file, parsed] of parsedFiles) {
    for (const text of strings(expressions(parsed), [])) {
      if (!text.includes("${")) {
        continue;
      }
      for (const reference of templateReferences(text, [])) {
        totals.references++;
        const wanted = target(reference);
        if (wanted !== null && !declared.has(wanted)) {
          problems.push(file + ": " + reference + " names nothing declared (" + wanted + ")");
        }
      }
    }
  }
  totals.files += files.length;
}

(async () => {
  const args = process.argv.slice(2);
  const dump = args.includes("--dump");
  const folders = args.filter((arg) => arg !== "--dump");
  const problems = [];
  const totals = { files: 0, references: 0 };
  for (const folder of folders) {
    await checkModule(folder, dump, problems, totals);
  }
  problems.forEach((problem) => console.log(problem));
  console.log("checked " + folders.length + " modules, " + totals.files + " files, " + totals.references
    + " references, " + problems.length + " problems");
  process.exit(problems.length === 0 ? 0 : 1);
})().catch((error) => {
  console.log("checker failed: " + (error.stack || error));
  process.exit(2);
});
