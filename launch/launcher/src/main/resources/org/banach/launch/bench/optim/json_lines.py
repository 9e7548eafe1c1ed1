"""The request loop shared by the bench-optim Python sides: JSON lines in, JSON lines out."""
import json
import sys


def serve(handle):
    """One JSON request per line on stdin, one JSON answer per line on stdout, until stdin closes."""
    for line in sys.stdin:
        if not line.strip():
            continue
        try:
            answer = handle(json.loads(line))
        except Exception as e:  # reported to the launcher, which fails the run
            answer = {"error": repr(e)}
        sys.stdout.write(json.dumps(answer) + "\n")
        sys.stdout.flush()
