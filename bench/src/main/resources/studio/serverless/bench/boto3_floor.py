"""boto3's own CPU per put_item against the local DynamoDB, in a tight loop in one process: the floor under any
handler that puts an item with boto3. Prints the CPU and wall milliseconds per call."""
import os
import sys
import time

import boto3

calls = int(sys.argv[1])
table = boto3.resource("dynamodb").Table("bench-items")
for i in range(200):
    table.put_item(Item={"id": "floor-warm-%d" % i, "note": "bench"})
cpu, wall = time.process_time(), time.perf_counter()
for i in range(calls):
    table.put_item(Item={"id": "floor-%d" % i, "note": "bench"})
print("%.3f %.3f" % ((time.process_time() - cpu) * 1000 / calls, (time.perf_counter() - wall) * 1000 / calls))
