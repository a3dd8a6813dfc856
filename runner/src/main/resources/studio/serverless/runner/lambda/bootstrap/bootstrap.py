"""Serverless Studio's Python bootstrap: a dependency-free client of the Lambda Runtime API.

Speaks HTTP/1.1 over one kept-alive socket itself: urllib and http.client would add ~30 ms to every cold
start (they import ssl and email) and a new connection to every call. Imports the handler named by _HANDLER
("module.function", "folder/module.function" or "package.module.function") from LAMBDA_TASK_ROOT, then loops:
GET /next, call the handler, POST /response or /error. A failed import is reported to /init/error and the
process exits, as AWS's runtime does.
"""
import importlib
import importlib.util
import json
import os
import socket
import sys
import time
import traceback

# Lambda's task root is read-only, so no bytecode is cached there; writing none here also keeps a handler edited
# within the same second to the same size (a reload) from being run from a stale __pycache__ entry.
sys.dont_write_bytecode = True

DONE_MARKER = "\x1estudio-invocation-done "


class RuntimeApi:
    """One kept-alive HTTP/1.1 connection to the Runtime API at host:port, reopened once if it was closed."""

    def __init__(self, address):
        host, _, port = address.rpartition(":")
        self.address = (host, int(port))
        self.host = address
        self.connection = None
        self.reader = None

    def call(self, method, path, body=b"", headers=None):
        for attempt in (1, 2):
            try:
                if self.connection is None:
                    self.connection = socket.create_connection(self.address)
                    self.connection.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
                    self.reader = self.connection.makefile("rb")
                lines = [method + " /2018-06-01/runtime" + path + " HTTP/1.1", "Host: " + self.host,
                         "Content-Type: application/json", "Content-Length: " + str(len(body))]
                lines += [name + ": " + value for name, value in (headers or {}).items()]
                self.connection.sendall(("\r\n".join(lines) + "\r\n\r\n").encode("latin-1") + body)
                return self.read_response()
            except OSError:
                self.close()
                if attempt == 2:
                    raise

    def read_response(self):
        status_line = self.reader.readline()
        if not status_line:
            raise ConnectionResetError("the Runtime API closed the connection")
        headers = {}
        for line in iter(self.reader.readline, b"\r\n"):
            if not line:
                raise ConnectionResetError("the Runtime API closed the connection mid-answer")
            name, _, value = line.decode("latin-1").partition(":")
            headers[name.strip().lower()] = value.strip()
        if headers.get("transfer-encoding", "").lower() == "chunked":
            body = self.read_chunks()
        else:
            body = self.reader.read(int(headers.get("content-length", "0")))
        if headers.get("connection", "").lower() == "close":
            self.close()
        return int(status_line.split()[1]), headers, body

    def read_chunks(self):
        body = b""
        while True:
            size = int(self.reader.readline().split(b";")[0], 16)
            chunk = self.reader.read(size + 2)[:size]
            if size == 0:
                return body
            body += chunk

    def close(self):
        if self.connection is not None:
            self.connection.close()
        self.connection = None


API = RuntimeApi(os.environ["AWS_LAMBDA_RUNTIME_API"])


def post(path, body, error_type=None):
    API.call("POST", path, body, {"Lambda-Runtime-Function-Error-Type": error_type} if error_type else None)


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


def invoke(handler, headers, body):
    request_id = headers["lambda-runtime-aws-request-id"]
    os.environ["_X_AMZN_TRACE_ID"] = headers.get("lambda-runtime-trace-id", "")
    context = Context(request_id, int(headers["lambda-runtime-deadline-ms"]),
                      headers["lambda-runtime-invoked-function-arn"])
    try:
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


def point_old_botocore_at_the_endpoint():
    """botocore learnt AWS_ENDPOINT_URL in 1.31 (boto3 1.28); an older one (Debian's python3-boto3) would call
    AWS itself, so its clients get the endpoint as their default endpoint_url. Newer botocore is left alone."""
    url = os.environ.get("AWS_ENDPOINT_URL")
    if not url or importlib.util.find_spec("botocore") is None:
        return
    import botocore
    try:
        version = tuple(int(part) for part in botocore.__version__.split(".")[:2])
    except ValueError:
        return
    if version >= (1, 31):
        return
    import botocore.session
    create_client = botocore.session.Session.create_client

    def create_client_at_endpoint(self, *args, **kwargs):
        if kwargs.get("endpoint_url") is None and len(args) < 6:
            kwargs["endpoint_url"] = url
        return create_client(self, *args, **kwargs)

    botocore.session.Session.create_client = create_client_at_endpoint


def main():
    point_old_botocore_at_the_endpoint()
    handler = load_handler()
    while True:
        status, headers, body = API.call("GET", "/invocation/next")
        if status != 200:
            sys.exit("the Runtime API answered " + str(status) + " to /next: " + body.decode(errors="replace"))
        invoke(handler, headers, body)


if __name__ == "__main__":
    main()
