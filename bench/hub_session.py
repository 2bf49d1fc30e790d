#!/usr/bin/env python3
"""Signs in as an administrator who has no second factor yet, sets one up
the way a person would (reads the secret off the setup page, answers with
the current code), and prints the session cookie. For benchmarks only.
Usage: hub_session.py BASE EMAIL PASSWORD"""
import base64, hashlib, hmac, re, struct, sys, time, urllib.parse, urllib.request

base, email, password = sys.argv[1:4]
csrf = "benchcsrftoken0123456789"


class NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None


opener = urllib.request.build_opener(NoRedirect)


def request(path, fields=None, cookie=""):
    data = urllib.parse.urlencode({"csrf": csrf, **fields}).encode() if fields is not None else None
    req = urllib.request.Request(base + path, data, headers={"Origin": base, "Cookie": f"mozaik_csrf={csrf}; {cookie}"})
    try:
        with opener.open(req) as reply:
            return reply.read().decode(), reply.headers
    except urllib.error.HTTPError as e:
        return e.read().decode(), e.headers


def session(headers):
    for value in headers.get_all("Set-Cookie") or []:
        if value.startswith("mozaik_session="):
            return value.split(";")[0]
    return None


def totp(secret):
    key = base64.b32decode(secret + "=" * (-len(secret) % 8))
    digest = hmac.new(key, struct.pack(">Q", int(time.time()) // 30), hashlib.sha1).digest()
    offset = digest[-1] & 15
    return "%06d" % ((struct.unpack(">I", digest[offset:offset + 4])[0] & 0x7FFFFFFF) % 1000000)


_, headers = request("/login", {"email": email, "password": password})
cookie = session(headers)
page, _ = request("/account/totp", cookie=cookie)
secret = re.search(r'id="totp-secret">([A-Z2-7]+)<', page)
if secret:
    _, headers = request("/account/totp", {"code": totp(secret.group(1)), "next": "/"}, cookie=cookie)
    cookie = session(headers) or cookie
print(cookie or "")
