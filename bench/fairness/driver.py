#!/usr/bin/env python3
"""Fairness between clients: a reader's latency while 8 other clients load the server.

Each client sends from its own loopback address (127.0.0.x; Linux routes all of 127/8 to lo),
so the server sees 9 distinct clients, as it would on a network.

  driver.py PORT SECONDS MODE WORDS [CHARS=1000] [CONNS=8]
      MODE: alone | paced (8 clients, 1 request/s each, open loop: requests pile up when the server
      is slow) | flood (8 clients, CONNS connections each, back to back); the 8 clients send
      queries of CHARS characters of random words from the file WORDS
Prints one JSON line: the reader's median and p90 latency (ms), requests, and the heavy clients'
answers by status.
"""
import http.client, json, random, sys, threading, time, urllib.parse

port, seconds, mode = int(sys.argv[1]), float(sys.argv[2]), sys.argv[3]
random.seed(11)
WORDS = open(sys.argv[4], encoding='utf-8').read().split()
CHARS = int(sys.argv[5]) if len(sys.argv) > 5 else 1000
CONNS = int(sys.argv[6]) if len(sys.argv) > 6 else 8
READER_QUERY = '/api/search?' + urllib.parse.urlencode({'q': 'реабилитирован', 'size': 10, 'facets': 'false'})


def heavy_query():
    words, n = [], 0
    while n < CHARS - 10:
        w = random.choice(WORDS)
        words.append(w)
        n += len(w) + 1
    return '/api/search?' + urllib.parse.urlencode({'q': ' '.join(words)[:CHARS], 'size': 10})


def get(source, path, timeout=120):
    c = http.client.HTTPConnection('127.0.0.1', port, timeout=timeout, source_address=(source, 0))
    try:
        c.request('GET', path)
        r = c.getresponse()
        r.read()
        return r.status
    except Exception:
        return 0  # timed out or refused
    finally:
        c.close()


stop = time.time() + seconds
statuses, lock = {}, threading.Lock()


def count(status):
    with lock:
        statuses[status] = statuses.get(status, 0) + 1


def paced(source):
    threads = []
    while time.time() < stop:
        t = threading.Thread(target=lambda: count(get(source, heavy_query())), daemon=True)
        t.start()
        threads.append(t)
        time.sleep(1.0)


def flood(source):
    while time.time() < stop:
        count(get(source, heavy_query()))


workers = []
if mode != 'alone':
    for i in range(8):
        source = '127.0.0.%d' % (10 + i)
        if mode == 'paced':
            workers.append(threading.Thread(target=paced, args=(source,), daemon=True))
        else:
            workers += [threading.Thread(target=flood, args=(source,), daemon=True) for _ in range(CONNS)]
for w in workers:
    w.start()
time.sleep(min(3.0, seconds / 5))  # let the load build up
lat = []
while time.time() < stop:
    t0 = time.perf_counter()
    s = get('127.0.0.100', READER_QUERY)
    lat.append(((time.perf_counter() - t0) * 1000, s))
    time.sleep(0.1)
ok = sorted(l for l, s in lat if s == 200)
pick = lambda q: round(ok[min(len(ok) - 1, int(q * len(ok)))], 1) if ok else None
with lock:
    heavy = dict(statuses)
print(json.dumps({'mode': mode, 'reader_requests': len(lat), 'reader_ok': len(ok), 'reader_median_ms': pick(0.5),
                  'reader_p90_ms': pick(0.9), 'heavy_answered': heavy}))
