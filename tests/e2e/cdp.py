"""Drives headless Chromium over the DevTools protocol (--remote-debugging-pipe: JSON messages
ended by NUL on fds 3 and 4, no websocket library needed) through a page and a list of steps.

    python3 cdp.py CHROMIUM URL STEPS.json

STEPS.json is a list of {"run": [argv...] (optional), "until": JS expression, "within": seconds,
"what": text}: each step runs its command (which must exit 0, or "status" when given), then
evaluates `until` in the page every 50 ms until it is true, and fails if that takes longer than
`within` seconds after the command ended. At the end it fails on any console error, uncaught
exception, CSP violation (Log entries of level error) or JavaScript dialog (alert) the page made.
Prints one line per step with the time it took."""
import json
import os
import subprocess
import sys
import tempfile
import time


class Browser:
    def __init__(self, chromium):
        to_child_r, to_child_w = os.pipe()
        from_child_r, from_child_w = os.pipe()
        # The child's fds 3 and 4 must be these ends; keep ours above them first.
        import fcntl
        ends = [fcntl.fcntl(fd, fcntl.F_DUPFD, 10) for fd in (to_child_r, to_child_w, from_child_r, from_child_w)]
        for fd in (to_child_r, to_child_w, from_child_r, from_child_w):
            os.close(fd)
        self.child_r, self.write_fd, self.read_fd, self.child_w = ends

        def fds():
            os.dup2(self.child_r, 3)
            os.dup2(self.child_w, 4)

        self.profile = tempfile.mkdtemp(prefix="mbov-cdp-")
        self.proc = subprocess.Popen(
            [chromium, "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
             "--disable-background-networking", "--disable-component-update", "--disable-sync",
             "--remote-debugging-pipe", "--user-data-dir=" + self.profile, "about:blank"],
            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, pass_fds=(3, 4), preexec_fn=fds)
        os.close(self.child_r)
        os.close(self.child_w)
        self.buffer = b""
        self.next_id = 0
        self.events = []

    def send(self, method, params=None, session=None):
        self.next_id += 1
        message = {"id": self.next_id, "method": method, "params": params or {}}
        if session:
            message["sessionId"] = session
        os.write(self.write_fd, json.dumps(message).encode() + b"\0")
        want = self.next_id
        while True:
            reply = self.read()
            if reply.get("id") == want:
                if "error" in reply:
                    raise RuntimeError(f"{method}: {reply['error']}")
                return reply.get("result", {})

    def read(self):
        while b"\0" not in self.buffer:
            chunk = os.read(self.read_fd, 65536)
            if not chunk:
                raise RuntimeError("chromium closed the pipe")
            self.buffer += chunk
        message, self.buffer = self.buffer.split(b"\0", 1)
        parsed = json.loads(message)
        if "method" in parsed:
            self.events.append(parsed)
            if parsed["method"] == "Page.javascriptDialogOpening":  # dismissed, or the page hangs
                self.next_id += 1
                os.write(self.write_fd, json.dumps({"id": self.next_id, "method": "Page.handleJavaScriptDialog",
                                                    "params": {"accept": False},
                                                    "sessionId": parsed.get("sessionId")}).encode() + b"\0")
        return parsed

    def wait_for(self, method):
        while not any(e["method"] == method for e in self.events):
            self.read()

    def close(self):
        try:
            self.send("Browser.close")
        except Exception:
            pass
        try:
            self.proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.proc.kill()
        subprocess.run(["rm", "-rf", self.profile])


def problems(events):
    found = []
    for e in events:
        m, p = e["method"], e.get("params", {})
        if m == "Runtime.consoleAPICalled" and p.get("type") in ("error", "assert"):
            found.append("console error: " + json.dumps(p.get("args"))[:300])
        elif m == "Runtime.exceptionThrown":
            found.append("exception: " + json.dumps(p.get("exceptionDetails"))[:300])
        elif m == "Log.entryAdded" and p.get("entry", {}).get("level") == "error":
            found.append("log error: " + p["entry"].get("text", "")[:300])
        elif m == "Page.javascriptDialogOpening":
            found.append("a dialog opened (a script ran): " + p.get("message", ""))
    return found


def main():
    chromium, url, steps_file = sys.argv[1:4]
    steps = json.load(open(steps_file))
    b = Browser(chromium)
    try:
        target = b.send("Target.createTarget", {"url": "about:blank"})["targetId"]
        session = b.send("Target.attachToTarget", {"targetId": target, "flatten": True})["sessionId"]
        for domain in ("Runtime", "Log", "Page"):
            b.send(domain + ".enable", session=session)
        b.send("Page.navigate", {"url": url}, session=session)
        b.wait_for("Page.loadEventFired")
        for step in steps:
            status = 0
            if "run" in step:
                status = subprocess.run(step["run"], stdout=subprocess.DEVNULL).returncode
                if status != step.get("status", 0):
                    raise SystemExit(f"FAIL: {step['what']}: {step['run']} exited {status}")
            start = time.monotonic()
            while True:
                value = b.send("Runtime.evaluate", {"expression": step["until"], "returnByValue": True},
                               session=session).get("result", {}).get("value")
                took = time.monotonic() - start
                if value is True:
                    break
                if took > step["within"]:
                    html = b.send("Runtime.evaluate", {"expression": "document.documentElement.outerHTML",
                                                       "returnByValue": True}, session=session)
                    raise SystemExit(f"FAIL: {step['what']}: not seen within {step['within']} s "
                                     f"({step['until']})\n{html.get('result', {}).get('value', '')[:3000]}")
                time.sleep(0.05)
            print(f"ok {took:.2f} s: {step['what']}")
        found = problems(b.events)
        if found:
            raise SystemExit("FAIL: " + "\n".join(found))
    finally:
        b.close()


if __name__ == "__main__":
    main()
