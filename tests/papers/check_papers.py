"""Validate the annotated newspaper pages in tests/papers (no external dependencies).

Run: python tests/papers/check_papers.py   (exit status 1 if any file breaks a rule)
"""

import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
NAME = re.compile(r"^[a-z0-9]+-\d{8}-p\d{2}\.json$")
TOP_KEYS = {"source", "credits", "articles"}
ART_KEYS = [
    "kind",
    "kicker",
    "headline",
    "subheadline",
    "byline",
    "byline_alone",
    "reporters",
    "correspondents",
    "photographers",
    "dateline",
    "paragraphs",
    "captions",
    "photo_credit",
]
KINDS = {"news", "feature", "commentary", "interview", "photo"}
DL_KEYS = {"text", "month", "day", "part"}


def check_file(path):
    errs = []
    raw = open(path, "rb").read()
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as e:
        return ["not UTF-8: %s" % e]
    if text.startswith("\ufeff"):
        errs.append("has a BOM")
    try:
        d = json.loads(text)
    except ValueError as e:
        return ["invalid JSON: %s" % e]
    if text.rstrip("\n") != json.dumps(d, ensure_ascii=False, indent=1):
        errs.append("not written with ensure_ascii=False, indent=1")
    if not NAME.match(os.path.basename(path)):
        errs.append("file name is not <paper>-<YYYYMMDD>-p<NN>.json")
    missing = TOP_KEYS - set(d)
    if missing:
        errs.append("missing top-level keys %s" % sorted(missing))
    if not isinstance(d.get("source"), str) or not d.get("source"):
        errs.append("source must be a non-empty string")
    cr = d.get("credits")
    if cr is not None and not (
        isinstance(cr, dict) and cr and all(isinstance(k, str) and isinstance(v, str) and v for k, v in cr.items())
    ):
        errs.append("credits must be null or a non-empty {role: name} object")
    arts = d.get("articles")
    if not isinstance(arts, list) or not arts:
        return errs + ["articles must be a non-empty list"]
    for i, a in enumerate(arts):
        where = "article %d (%s)" % (i, (a.get("headline") or "")[:20])
        if list(a.keys()) != ART_KEYS:
            errs.append("%s: keys %s, expected %s" % (where, list(a.keys()), ART_KEYS))
            continue
        if a["kind"] not in KINDS:
            errs.append("%s: kind %r" % (where, a["kind"]))
        for k in ("kicker", "headline", "subheadline", "byline", "photo_credit"):
            v = a[k]
            if v is not None and (not isinstance(v, str) or not v.strip()):
                errs.append("%s: %s must be null or a non-empty string" % (where, k))
        if a["subheadline"] and a["subheadline"].startswith("——"):
            errs.append("%s: subheadline keeps its leading ——" % where)
        if not isinstance(a["byline_alone"], bool):
            errs.append("%s: byline_alone must be a boolean" % where)
        if a["byline"] is None and a["byline_alone"]:
            errs.append("%s: byline_alone true without a byline" % where)
        for k in ("reporters", "correspondents", "photographers", "paragraphs", "captions"):
            if not isinstance(a[k], list) or not all(isinstance(x, str) and x.strip() for x in a[k]):
                errs.append("%s: %s must be a list of non-empty strings" % (where, k))
        paras = a["paragraphs"]
        if not paras and a["kind"] != "photo":
            errs.append("%s: no paragraphs" % where)
        if a["kind"] == "photo" and not (paras or a["captions"]):
            errs.append("%s: photo item with neither caption nor paragraph" % where)
        byline = a["byline"] or ""
        for k in ("reporters", "correspondents"):
            for name in a[k]:
                if name not in re.sub(r"\s", "", byline):
                    errs.append("%s: %s name %r not in byline %r" % (where, k, name, byline))
        for name in a["photographers"]:
            credit = (a["photo_credit"] or "") + byline + "".join(a["captions"]) + "".join(paras)
            if name not in credit:
                errs.append("%s: photographer %r not found in credit/byline/captions" % (where, name))
        dl = a["dateline"]
        if dl is not None:
            if not isinstance(dl, dict) or set(dl) != DL_KEYS:
                errs.append("%s: dateline must have keys %s" % (where, sorted(DL_KEYS)))
            else:
                if not (paras or a["captions"]) or dl["text"] not in (paras or a["captions"])[0]:
                    errs.append("%s: dateline text %r not in paragraphs[0]" % (where, dl["text"]))
                m, dd = dl["month"], dl["day"]
                if m is not None and not (isinstance(m, int) and 1 <= m <= 12):
                    errs.append("%s: dateline month %r" % (where, m))
                if dd is not None and not (isinstance(dd, int) and 1 <= dd <= 31):
                    errs.append("%s: dateline day %r" % (where, dd))
        for p in paras + a["captions"]:
            if p != p.strip():
                errs.append("%s: paragraph/caption with surrounding white space: %r" % (where, p[:20]))
    return errs


def main():
    files = sorted(f for f in os.listdir(HERE) if f.endswith(".json"))
    bad = 0
    n_art = 0
    for f in files:
        errs = check_file(os.path.join(HERE, f))
        try:
            n_art += len(json.load(open(os.path.join(HERE, f), encoding="utf-8"))["articles"])
        except Exception:
            pass
        for e in errs:
            print("%s: %s" % (f, e))
        bad += bool(errs)
    print("%d files, %d articles: %d passed, %d failed" % (len(files), n_art, len(files) - bad, bad))
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
