#!/usr/bin/env python3
"""Compares two GramDesk books table by table, row by row (developer aid for a change that must not change
behaviour: make a fixed-seed demo with the builds before and after, then compare).

    GRAMDESK_FAKE_NOW=2026-12-06T10:00:00 build/tests/cli/gramdesk-cli-testclock --book new.gramdesk demo --years 10 --seed 7
    python3 tools/compare-books.py [--all] old.gramdesk new.gramdesk

The demo takes its password salts from --seed, so two demo books of one seed are the same in every column:
compare them with --all. Without it, what random salts would make differ is left out (a book made before the
salts were seeded, or by setup): each user's password hash, the audit log's hash and prev_hash and the password
digest inside user entries, and the seals' codes. The search index's FTS tables are compared through
search_docs, which they index.
"""
import sqlite3, sys, re
everything = '--all' in sys.argv
a, b = [x for x in sys.argv[1:] if x != '--all']
ca, cb = sqlite3.connect(f'file:{a}?mode=ro', uri=True), sqlite3.connect(f'file:{b}?mode=ro', uri=True)
digest = re.compile(r'"sha256\(password_hash\)":"[0-9a-f]{64}"')
def rows(c, t):
    cols = [r[1] for r in c.execute(f'PRAGMA table_info("{t}")')]
    keep = cols if everything else [x for x in cols if not (t == 'users' and x == 'password_hash') and not (t == 'audit_log' and x in ('hash', 'prev_hash')) and not (t == 'seals' and x == 'code')]
    out = []
    for r in c.execute('SELECT ' + ','.join(f'"{x}"' for x in keep) + f' FROM "{t}" ORDER BY rowid'):
        out.append(r if everything else tuple(digest.sub('"sha256(password_hash)":"…"', v) if isinstance(v, str) else v for v in r))
    return out
ta = [r[0] for r in ca.execute("SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE 'search_fts%' ORDER BY name")]
tb = [r[0] for r in cb.execute("SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE 'search_fts%' ORDER BY name")]
if ta != tb:
    sys.exit('the books hold different tables: ' + ', '.join(sorted(set(ta) ^ set(tb))))
diff = 0; total = 0
for t in ta:
    ra, rb = rows(ca, t), rows(cb, t)
    total += len(ra)
    if ra != rb:
        diff += 1
        print('differs:', t, len(ra), len(rb))
print(f'{len(ta)} tables, {total} rows compared, {diff} tables differ')
sys.exit(1 if diff else 0)
