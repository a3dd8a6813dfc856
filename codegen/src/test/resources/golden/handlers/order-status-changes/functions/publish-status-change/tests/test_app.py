# Unit tests of the handler of publish-status-change: python3 -m unittest discover -s tests
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
    "TOPIC_ARN": "test-topic_arn",
}

CLIENTS = ["sns", ]


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
        self.assert_called_with_argument(self.clients["sns"].publish, "TopicArn", "test-topic_arn")
        self.assertIsNotNone(handler_module)

    def test_table_changes_are_processed(self):
        event = {"Records": [{
            "eventID": "1",
            "eventName": "INSERT",
            "eventSource": "aws:dynamodb",
            "awsRegion": "us-east-1",
            "dynamodb": {
                "Keys": {"id": {"S": "42"}},
                "NewImage": {"id": {"S": "42"}, "status": {"S": "NEW"}},
                "SequenceNumber": "111",
                "StreamViewType": "NEW_AND_OLD_IMAGES",
            },
        }]}
        handler_module.handler(event, None)
        self.assert_resources_used()

    def test_direct_invocation_returns_a_dict(self):
        response = handler_module.handler({"id": "42"}, None)
        self.assertIsInstance(response, dict)
        self.assert_resources_used()


if __name__ == "__main__":
    unittest.main()
