"""Serverless Studio's Python bootstrap: a dependency-free client of the Lambda Runtime API.

Imports the handler named by _HANDLER ("module.function", "folder/module.function" or "package.module.function")
from LAMBDA_TASK_ROOT, then loops: GET /next, call the handler, POST /response or /error. A failed import is
reported to /init/error and the process exits, as AWS's runtime does.
"""
import importlib
import json
import os
import sys
import time
import traceback
import urllib.request

API = "http://" + os.environ["AWS_LAMBDA_RUNTIME_API"] + "/2018-06-01/runtime"
DONE_MARKER = "\x1estudio-invocation-done "


def post(path, body, error_type=None):
    headers = {"Content-Type": "application/json"}
    if error_type:
        headers["Lambda-Runtime-Function-Error-Type"] = error_type
    request = urllib.request.Request(API + path, data=body, headers=headers, method="POST")
    try:
        urllib.request.urlopen(request).read()
    except urllib.error.HTTPError as e:
        e.read()


def error_document(error, error_type=None):
    frames = [frame for frame in traceback.extract_tb(error.__traceback__) if frame.filename != __file__]
    stack = traceback.format_list(frames)
    return {"errorMessage": str(error), "errorType": error_type or type(error).__name__,
            "requestId": "", "stackTrace": stack}


def report_init_error(document):
    print("[ERROR] " + document["errorType"] + ": " + document["errorMessage"], flush=True)
    post("/init/error", json.dumps(document).encode(), document["errorType"])
    sys.exit(1)


def load_handler():
    task_root = os.environ.get("LAMBDA_TASK_ROOT", os.getcwd())
    sys.path.insert(0, task_root)
    module_name, _, function_name = os.environ["_HANDLER"].rpartition(".")
    module_name = module_name.replace("/", ".")
    try:
        module = importlib.import_module(module_name)
    except SyntaxError as e:
        report_init_error(error_document(e, "Runtime.UserCodeSyntaxError"))
    except ImportError as e:
        document = error_document(e, "Runtime.ImportModuleError")
        document["errorMessage"] = "Unable to import module '" + module_name + "': " + str(e)
        report_init_error(document)
    except Exception as e:
        report_init_error(error_document(e))
    handler = getattr(module, function_name, None)
    if not callable(handler):
        report_init_error({"errorMessage": "Handler '" + function_name + "' missing on module '" + module_name
                           + "'", "errorType": "Runtime.HandlerNotFound", "requestId": "", "stackTrace": []})
    return handler


class Context:
    def __init__(self, request_id, deadline_ms, function_arn):
        self.aws_request_id = request_id
        self.invoked_function_arn = function_arn
        self.function_name = os.environ.get("AWS_LAMBDA_FUNCTION_NAME")
        self.function_version = os.environ.get("AWS_LAMBDA_FUNCTION_VERSION")
        self.memory_limit_in_mb = os.environ.get("AWS_LAMBDA_FUNCTION_MEMORY_SIZE")
        self.log_group_name = os.environ.get("AWS_LAMBDA_LOG_GROUP_NAME")
        self.log_stream_name = os.environ.get("AWS_LAMBDA_LOG_STREAM_NAME")
        self.identity = None
        self.client_context = None
        self._deadline_ms = deadline_ms

    def get_remaining_time_in_millis(self):
        return max(self._deadline_ms - int(time.time() * 1000), 0)


def invoke(handler, response):
    request_id = response.headers["Lambda-Runtime-Aws-Request-Id"]
    os.environ["_X_AMZN_TRACE_ID"] = response.headers.get("Lambda-Runtime-Trace-Id", "")
    context = Context(request_id, int(response.headers["Lambda-Runtime-Deadline-Ms"]),
                      response.headers["Lambda-Runtime-Invoked-Function-Arn"])
    try:
        body = response.read()
        result = handler(json.loads(body) if body else {}, context)
        payload, error_type = json.dumps(result).encode(), None
    except Exception as e:
        document = error_document(e)
        document["requestId"] = request_id
        print("[ERROR] " + document["errorType"] + ": " + document["errorMessage"], flush=True)
        print("Traceback (most recent call last):\n" + "".join(document["stackTrace"]), end="", flush=True)
        payload, error_type = json.dumps(document).encode(), document["errorType"]
    sys.stderr.flush()
    print(DONE_MARKER + request_id, flush=True)
    post("/invocation/" + request_id + ("/error" if error_type else "/response"), payload, error_type)


def main():
    handler = load_handler()
    while True:
        with urllib.request.urlopen(API + "/invocation/next") as response:
            invoke(handler, response)


if __name__ == "__main__":
    main()
