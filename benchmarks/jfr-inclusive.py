#!/usr/bin/env python3
"""Where a service's CPU goes, from a JFR recording: each method's share of the execution samples including what it
calls (inclusive), and, for one method, which of its callees take that share.

    jcmd <pid> JFR.start duration=45s filename=/tmp/cases.jfr       # while the load runs
    jfr print --stack-depth 512 --json --events jdk.ExecutionSample /tmp/cases.jfr > /tmp/cases.json
    benchmarks/jfr-inclusive.py /tmp/cases.json                     # threads, and Sagsspor methods by inclusive share
    benchmarks/jfr-inclusive.py /tmp/cases.json --callees CaseUpdateService.recompute --depth 2

Both stack depths matter (docs/performance.md): record with -XX:FlightRecorderOptions:stackdepth=512 (at the default
64 frames half of a service's stacks end before any Sagsspor frame), and print with --stack-depth (jfr print writes
five frames of each stack by default, and a profile read from five frames looks flat).
"""
import argparse
import collections
import json


def stacks(path):
    """Each sample as (thread name, frame names from the top of the stack down)."""
    for event in json.load(open(path))['recording']['events']:
        values = event['values']
        trace = values.get('stackTrace')
        if trace:
            thread = (values.get('sampledThread') or {}).get('javaName') or '?'
            yield thread, [f['method']['type']['name'] + '.' + f['method']['name'] for f in trace['frames']]


def main():
    parser = argparse.ArgumentParser(description=__doc__.split('\n\n')[0])
    parser.add_argument('samples', help='jfr print --json output of jdk.ExecutionSample events')
    parser.add_argument('--prefix', default='dk/sagsspor/', help='methods listed (default: Sagsspor\'s)')
    parser.add_argument('--top', type=int, default=40)
    parser.add_argument('--callees', metavar='METHOD', help='split this method\'s share by what it calls')
    parser.add_argument('--depth', type=int, default=1, help='frames of the callee path shown with --callees')
    args = parser.parse_args()

    samples = list(stacks(args.samples))
    total = len(samples)
    share = lambda count: f'{count * 100 / total:5.1f}%'
    print(f'{total} samples')
    if args.callees:
        below = collections.Counter()
        for _, frames in samples:
            at = [i for i, name in enumerate(frames) if args.callees in name]
            if at:
                outermost = max(at)  # a recursive method counts once, from its outermost call
                below[' > '.join(reversed(frames[max(0, outermost - args.depth):outermost])) or '(itself)'] += 1
        print(f'{share(sum(below.values()))} in {args.callees}, of which:')
        for path, count in below.most_common(args.top):
            print(f'{share(count)}  {path}')
        return
    threads = collections.Counter(thread.rstrip('0123456789-') for thread, _ in samples)
    inclusive = collections.Counter(name for _, frames in samples for name in set(frames))
    print('by thread:')
    for thread, count in threads.most_common(10):
        print(f'{share(count)}  {thread}')
    print(f'inclusive, methods starting with {args.prefix} (CDI proxies and lambdas left out):')
    listed = [(name, count) for name, count in inclusive.most_common() if name.startswith(args.prefix)
              and not any(noise in name for noise in ('_Subclass', '_ClientProxy', '$$Lambda', 'superforward'))]
    for name, count in listed[:args.top]:
        print(f'{share(count)}  {name}')


if __name__ == '__main__':
    main()
