# Unit tests of the handler of update-order-status: python3 -m unittest discover -s tests
# The AWS clients are replaced by mocks, so the tests need neither AWS nor boto3.
import json
import os
import sys
import unittest
from unittest import mock

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
os.environ.setdefault("AWS_DEFAULT_REGION", "us-east-1")
try:
    import boto3  # noqa: F401 - the Lambda runtime has it; without it, a stub stands in
except ImportError:
    sys.modules["boto3"] = mock.MagicMock()

import app as handler_module  # noqa: E402

ENVIRONMENT = {
    "TABLE_NAME": "test-table_name",
}

CLIENTS = ["dynamodb", ]


class HandlerTest(unittest.TestCase):
    """Feeds sample events to the handler and checks the SDK calls it makes."""

    def setUp(self):
        environment = mock.patch.dict(os.environ, ENVIRONMENT)
        environment.start()
        self.addCleanup(environment.stop)
        self.clients = {}
        for name in CLIENTS:
            patcher = mock.patch.object(handler_module, name)
            self.clients[name] = patcher.start()
            self.addCleanup(patcher.stop)

    def assert_called_with_argument(self, method, argument, value):
        values = [call.kwargs.get(argument) for call in method.call_args_list]
        self.assertIn(value, values, f"{argument} of the calls")

    def assert_resources_used(self):
        table = self.clients["dynamodb"].Table
        table.assert_any_call("test-table_name")
        table.return_value.put_item.assert_called()
        self.assertIsNotNone(handler_module)

    def test_http_api_request_is_answered_with_json(self):
        event = {
            "version": "2.0",
            "routeKey": "POST /items/{id}",
            "rawPath": "/items/42",
            "headers": {"content-type": "application/json"},
            "requestContext": {"http": {"method": "POST", "path": "/items/42"}, "stage": "prod"},
            "pathParameters": {"id": "42"},
            "body": json.dumps({"id": "42"}),
            "isBase64Encoded": False,
        }
        response = handler_module.handler(event, None)
        self.assertEqual(200, response["statusCode"])
        json.loads(response["body"])
        self.assert_resources_used()

    def test_direct_invocation_returns_a_dict(self):
        response = handler_module.handler({"id": "42"}, None)
        self.assertIsInstance(response, dict)
        self.assert_resources_used()


if __name__ == "__main__":
    unittest.main()
