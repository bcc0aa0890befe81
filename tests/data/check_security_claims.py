#!/usr/bin/env python3
"""Fails when the README's security claims differ from docs/security.md's (the block between
<!-- claims --> and <!-- /claims -->), words compared, line breaks and spaces aside."""
import sys

root = sys.argv[1]


def claims(path):
    text = open(path, encoding="utf-8").read()
    start, end = text.find("<!-- claims -->"), text.find("<!-- /claims -->")
    if start < 0 or end < start:
        sys.exit(f"{path} has no <!-- claims --> … <!-- /claims --> block")
    return " ".join(text[start:end].split())


readme, security = claims(f"{root}/README.md"), claims(f"{root}/docs/security.md")
if readme != security:
    sys.exit("README.md's claims differ from docs/security.md's:\n  README:   " + readme + "\n  security: " + security)
print("the README claims what docs/security.md claims")
