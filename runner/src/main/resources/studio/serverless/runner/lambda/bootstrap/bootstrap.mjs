// Serverless Studio's Node.js bootstrap: a dependency-free client of the Lambda Runtime API.
// Loads the handler named by _HANDLER ("file.function" or "folder/file.function") from LAMBDA_TASK_ROOT, as an
// ES module (.mjs, or .js in a "type": "module" package) or CommonJS (.cjs, .js), then loops: GET /next, call
// the handler (async, promise-returning or callback style), POST /response or /error. A failed load is reported
// to /init/error and the process exits, as AWS's runtime does.
import http from "node:http";
import fs from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";

const [host, port] = process.env.AWS_LAMBDA_RUNTIME_API.split(":");
const DONE_MARKER = "\x1estudio-invocation-done ";
const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });

function call(method, pathname, body, headers = {}) {
  return new Promise((resolve, reject) => {
    const request = http.request({ host, port, method, agent, path: "/2018-06-01/runtime" + pathname,
      headers: { "Content-Type": "application/json", ...headers } }, (response) => {
      const chunks = [];
      response.on("data", (chunk) => chunks.push(chunk));
      response.on("end", () => resolve({ headers: response.headers, body: Buffer.concat(chunks).toString("utf8") }));
    });
    request.on("error", reject);
    request.end(body);
  });
}

function errorDocument(error, errorType) {
  const isError = error instanceof Error;
  return {
    errorType: errorType || (isError ? error.name : "Error"),
    errorMessage: isError ? error.message : String(error),
    stackTrace: isError && error.stack ? error.stack.split("\n").slice(1).map((line) => line.trim()) : [],
  };
}

async function initFailed(document) {
  console.error(`ERROR\t${JSON.stringify(document)}`);
  await call("POST", "/init/error", JSON.stringify(document),
    { "Lambda-Runtime-Function-Error-Type": document.errorType });
  process.exit(1);
}

function moduleFile(root, name) {
  for (const extension of [".js", ".mjs", ".cjs"]) {
    const file = path.resolve(root, name + extension);
    if (fs.existsSync(file)) return file;
  }
  return null;
}

async function loadHandler() {
  const root = process.env.LAMBDA_TASK_ROOT || process.cwd();
  const handlerName = process.env._HANDLER;
  const dot = handlerName.lastIndexOf(".");
  const moduleName = handlerName.slice(0, dot);
  const functionName = handlerName.slice(dot + 1);
  const file = moduleFile(root, moduleName);
  if (!file) {
    return initFailed({ errorType: "Runtime.ImportModuleError",
      errorMessage: `Error: Cannot find module '${moduleName}'`, stackTrace: [] });
  }
  let loaded;
  try {
    loaded = await import(pathToFileURL(file).href);
  } catch (error) {
    const type = error instanceof SyntaxError ? "Runtime.UserCodeSyntaxError" : undefined;
    return initFailed(errorDocument(error, type));
  }
  const handler = loaded[functionName] ?? loaded.default?.[functionName];
  if (typeof handler !== "function") {
    return initFailed({ errorType: "Runtime.HandlerNotFound",
      errorMessage: `${handlerName} is undefined or not exported`, stackTrace: [] });
  }
  return handler;
}

function context(headers) {
  const deadline = Number(headers["lambda-runtime-deadline-ms"]);
  const env = process.env;
  return {
    awsRequestId: headers["lambda-runtime-aws-request-id"],
    invokedFunctionArn: headers["lambda-runtime-invoked-function-arn"],
    functionName: env.AWS_LAMBDA_FUNCTION_NAME,
    functionVersion: env.AWS_LAMBDA_FUNCTION_VERSION,
    memoryLimitInMB: env.AWS_LAMBDA_FUNCTION_MEMORY_SIZE,
    logGroupName: env.AWS_LAMBDA_LOG_GROUP_NAME,
    logStreamName: env.AWS_LAMBDA_LOG_STREAM_NAME,
    callbackWaitsForEmptyEventLoop: true,
    getRemainingTimeInMillis: () => Math.max(deadline - Date.now(), 0),
  };
}

function run(handler, event, ctx) {
  if (handler.length < 3) return Promise.resolve().then(() => handler(event, ctx));
  return new Promise((resolve, reject) => {
    const callback = (error, result) => (error ? reject(error) : resolve(result));
    const returned = handler(event, ctx, callback);
    if (returned && typeof returned.then === "function") returned.then(resolve, reject);
  });
}

let currentRequestId = null;

async function report(requestId, error, result) {
  console.log(DONE_MARKER + requestId);
  currentRequestId = null;
  if (error === undefined) {
    await call("POST", `/invocation/${requestId}/response`, JSON.stringify(result === undefined ? null : result));
    return;
  }
  const document = errorDocument(error);
  console.error(`ERROR\tInvoke Error \t${JSON.stringify(document)}`);
  await call("POST", `/invocation/${requestId}/error`, JSON.stringify(document),
    { "Lambda-Runtime-Function-Error-Type": document.errorType });
}

async function main() {
  const handler = await loadHandler();
  process.on("uncaughtException", (error) => {
    if (currentRequestId === null) process.exit(1);
    report(currentRequestId, error).finally(() => process.exit(1));
  });
  for (;;) {
    const next = await call("GET", "/invocation/next");
    const requestId = next.headers["lambda-runtime-aws-request-id"];
    process.env._X_AMZN_TRACE_ID = next.headers["lambda-runtime-trace-id"] || "";
    currentRequestId = requestId;
    try {
      const result = await run(handler, next.body ? JSON.parse(next.body) : {}, context(next.headers));
      await report(requestId, undefined, result);
    } catch (error) {
      await report(requestId, error ?? new Error("null"));
    }
  }
}

main();
