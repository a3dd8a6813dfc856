"""The benchmark's item put without boto3: one kept-alive http.client connection and a hand-made SigV4 signature,
to show what the API path costs when the handler's AWS client is lean."""
import hashlib
import hmac
import http.client
import json
import os
import time
import urllib.parse

ENDPOINT = urllib.parse.urlsplit(os.environ["AWS_ENDPOINT_URL"])
CONNECTION = http.client.HTTPConnection(ENDPOINT.hostname, ENDPOINT.port)
REGION = os.environ["AWS_REGION"]
SIGNED = "content-type;host;x-amz-date;x-amz-security-token;x-amz-target"


def signed_headers(body, target):
    amz_date = time.strftime("%Y%m%dT%H%M%SZ", time.gmtime())
    day = amz_date[:8]
    token = os.environ["AWS_SESSION_TOKEN"]
    canonical = "\n".join(["POST", "/", "", "content-type:application/x-amz-json-1.0", "host:" + ENDPOINT.netloc,
                           "x-amz-date:" + amz_date, "x-amz-security-token:" + token, "x-amz-target:" + target, "",
                           SIGNED, hashlib.sha256(body).hexdigest()])
    scope = day + "/" + REGION + "/dynamodb/aws4_request"
    to_sign = "\n".join(["AWS4-HMAC-SHA256", amz_date, scope, hashlib.sha256(canonical.encode()).hexdigest()])
    key = ("AWS4" + os.environ["AWS_SECRET_ACCESS_KEY"]).encode()
    for part in (day, REGION, "dynamodb", "aws4_request"):
        key = hmac.new(key, part.encode(), hashlib.sha256).digest()
    signature = hmac.new(key, to_sign.encode(), hashlib.sha256).hexdigest()
    return {"Content-Type": "application/x-amz-json-1.0", "X-Amz-Date": amz_date, "X-Amz-Security-Token": token,
            "X-Amz-Target": target, "Authorization": "AWS4-HMAC-SHA256 Credential=" + os.environ["AWS_ACCESS_KEY_ID"]
            + "/" + scope + ", SignedHeaders=" + SIGNED + ", Signature=" + signature}


def handler(event, context):
    item = json.loads(event.get("body") or "{}")
    body = json.dumps({"TableName": "bench-items", "Item": {k: {"S": str(v)} for k, v in item.items()}}).encode()
    CONNECTION.request("POST", "/", body, signed_headers(body, "DynamoDB_20120810.PutItem"))
    response = CONNECTION.getresponse()
    answer = response.read()
    if response.status != 200:
        raise RuntimeError("PutItem answered " + str(response.status) + ": " + answer.decode())
    return {"statusCode": 201, "body": json.dumps({"id": item.get("id")})}
