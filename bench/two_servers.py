#!/usr/bin/env python3
"""Two app servers on one PostgreSQL: search latency through server B while
server A takes writes, and the time from a write on A to its visibility on B.

Usage: bench/two_servers.sh (which builds, creates the database and starts
both servers, then runs this with their addresses)."""
import http.cookiejar, statistics, sys, threading, time, urllib.parse, urllib.request

A, B, SECONDS = sys.argv[1], sys.argv[2], float(sys.argv[3]) if len(sys.argv) > 3 else 20
CSRF = "bench-csrf-token"


class NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None


def sign_in(base):
    opener = urllib.request.build_opener(NoRedirect)
    body = urllib.parse.urlencode({"csrf": CSRF, "email": "staff@demo.example", "password": "mosaic-of-cities-2023"}).encode()
    req = urllib.request.Request(base + "/login", body, headers={"Origin": base, "Cookie": f"mozaik_csrf={CSRF}"})
    try:
        opener.open(req)
    except urllib.error.HTTPError as e:
        for value in e.headers.get_all("Set-Cookie") or []:
            if value.startswith("mozaik_session="):
                return value.split(";")[0] + f"; mozaik_csrf={CSRF}"
    sys.exit("sign-in on A failed")


def post(base, cookie, path, fields):
    opener = urllib.request.build_opener(NoRedirect)
    body = urllib.parse.urlencode({"csrf": CSRF, **fields}).encode()
    req = urllib.request.Request(base + path, body, headers={"Origin": base, "Cookie": cookie})
    try:
        opener.open(req)
    except urllib.error.HTTPError as e:
        if e.code not in (302, 303):
            raise


def search(base, q):
    started = time.perf_counter()
    with urllib.request.urlopen(base + "/knowledge?q=" + urllib.parse.quote(q)) as reply:
        page = reply.read().decode()
    return time.perf_counter() - started, page


def pct(values, p):
    values = sorted(values)
    return values[min(len(values) - 1, int(len(values) * p))] * 1000


cookie = sign_in(A)
stop = time.time() + SECONDS
latencies, visibility = [], []
QUERIES = ["prevencija", "превенција", "youth workshops", "mjesna zajednica", "radikalizimi", "lazhni vesti"]


def reader():
    i = 0
    while time.time() < stop:
        took, _ = search(B, QUERIES[i % len(QUERIES)])
        latencies.append(took)
        i += 1


threads = [threading.Thread(target=reader) for _ in range(4)]
for t in threads:
    t.start()
n = 0
while time.time() < stop:
    n += 1
    word = f"zqxbench{n}x{int(time.time())}"
    post(A, cookie, "/knowledge/practices/1/translations",
         {"language": "fr", "t_title": word, "t_summary": "Résumé.", "t_description": "Description."})
    written = time.perf_counter()
    while True:
        _, page = search(B, word)
        if "/knowledge/practices/1\"" in page:
            visibility.append(time.perf_counter() - written)
            break
        if time.perf_counter() - written > 10:
            visibility.append(float("inf"))
            break
        time.sleep(0.02)
for t in threads:
    t.join()
print(f"search through B while A writes: {len(latencies)} searches, p50 {pct(latencies, .5):.1f} ms, p99 {pct(latencies, .99):.1f} ms")
print(f"write on A to visible on B: {len(visibility)} writes, p50 {pct(visibility, .5):.0f} ms, max {max(visibility) * 1000:.0f} ms (budget 2000 ms)")
