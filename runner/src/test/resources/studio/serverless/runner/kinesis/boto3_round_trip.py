"""A producer and consumer written with boto3 (JSON protocol) against the local cloud at argv[1].

Creates stream argv[2] with two shards, waits for it with boto3's own waiter, puts records one by one and in a
batch, reads every shard from the trim horizon, and prints what it saw as one JSON line.
"""
import datetime
import json
import sys

import boto3

endpoint, stream = sys.argv[1], sys.argv[2]
kinesis = boto3.client("kinesis", endpoint_url=endpoint, region_name="us-east-1",
                       aws_access_key_id="local", aws_secret_access_key="local")
kinesis.create_stream(StreamName=stream, ShardCount=2)
kinesis.get_waiter("stream_exists").wait(StreamName=stream, WaiterConfig={"Delay": 1, "MaxAttempts": 5})
single = kinesis.put_record(StreamName=stream, PartitionKey="user-1", Data=b"\x00\x01binary")
batch = kinesis.put_records(StreamName=stream, Records=[
    {"PartitionKey": "user-%d" % i, "Data": ("event %d" % i).encode()} for i in range(5)])
seen = []
for shard in kinesis.list_shards(StreamName=stream)["Shards"]:
    iterator = kinesis.get_shard_iterator(StreamName=stream, ShardId=shard["ShardId"],
                                          ShardIteratorType="TRIM_HORIZON")["ShardIterator"]
    response = kinesis.get_records(ShardIterator=iterator, Limit=100)
    for record in response["Records"]:
        arrived = record["ApproximateArrivalTimestamp"]
        assert isinstance(arrived, datetime.datetime), arrived
        seen.append({"key": record["PartitionKey"], "data": list(record["Data"]), "shard": shard["ShardId"],
                     "arrived": arrived.timestamp()})
try:
    kinesis.describe_stream(StreamName="missing-" + stream)
    error = None
except kinesis.exceptions.ResourceNotFoundException as e:
    error = e.response["Error"]["Message"]
print(json.dumps({"single": single, "failed": batch["FailedRecordCount"], "seen": seen, "error": error},
                 default=str))
