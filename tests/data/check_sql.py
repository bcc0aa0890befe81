#!/usr/bin/env python3
"""No value is ever written into SQL text.

Every value reaches SQLite as a bound parameter (`?`). SQL text may be put together only from literals and from
names the program itself defines: table and column names of the compiled-in register definitions, fixed column
lists, and fragments built the same way (a WHERE made of literal conditions with `?`), or integers. This check
finds every SQL statement in core/ that is joined with anything (`+`, `%`, `.arg(...)`, `+=`) and requires each joined
expression to be one of the reviewed names below. Anything new fails, with its file and line, until someone has
checked where it comes from and added it here.

Usage: check_sql.py SOURCE_DIR [--list]
"""
import os
import re
import sys

# Reviewed: each comes from compiled-in definitions or from SQL fragments made of literals with `?` placeholders.
NAMES = {
    # Table and column names of the compiled-in register and master definitions (each checked to be a plain
    # lower-case identifier by tst_registers' namesAreIdentifiers).
    'm_def.table', 'def.table', 'k.def.table', 'im.def.table', 'm_def.keyKey', 'def.dateKey', 'f->key', 'QString::fromLatin1(k.column)',
    'table', 't', 'dateColumn',
    # The book's own refusals, the fixed words its triggers RAISE (storage/Refusals.h).
    'QLatin1String(refusal::kAuditLogAppendOnly)', 'QLatin1String(refusal::kEntriesNeverDeleted)',
    'QLatin1String(refusal::kEntriesNeverOverwritten)', 'QLatin1String(why)',
    # Fixed column lists written in the code: the entry columns every register shares, the users' columns, the
    # columns a register selects (its definition's keys, quoted).
    'entryColumns()', 'entry', 'kColumns', 'columns', 'selectColumns()', "cols.join(u',')",
    # `?` placeholders, one per bound value, and the UPDATE SET list of a master's own columns.
    "marks.join(u',')", "updates.join(u',')", 'QStringList(rows, one).join( L )',
    # Book::insertRows' "INSERT INTO table (columns)", given by its callers: literals, or a register's
    # definition (m_insert: the table and insertColumns()).
    'head', 'updates.join( L )', 'updates.isEmpty()',
    # WHERE and ORDER BY made of literal conditions with `?` (EntryStore::where, a register's status filters, the
    # sort keys of its definition).
    'w', 'condition', 'order', 'any.join( L )', 'pending', 'open', 'out', 'awaiting', "changed.join(QStringLiteral(\" OR \"))",
    # The statuses a register counts as open or closed, written once as literal codes (FrontOfficeRegisters).
    'frontoffice::complaintClosedSql()',
    # The audit triggers: the statement that logs a change, made of the table's own column names.
    'action', 'rowIdExpr', 'oldJson', 'newJson', 'json',
    'logInsert(table, QStringLiteral("insert"), QStringLiteral("NEW.rowid"), QStringLiteral("NULL"), '
    'rowOf(QStringLiteral("NEW"), columns))',
    'logInsert(table, QStringLiteral("update"), QStringLiteral("NEW.rowid"), rowOf(QStringLiteral("OLD"), columns), '
    'rowOf(QStringLiteral("NEW"), columns))',
    'logInsert(table, QStringLiteral("delete"), QStringLiteral("OLD.rowid"), rowOf(QStringLiteral("OLD"), columns), '
    'QStringLiteral("NULL"))',
    # gd_row's first argument: the audited table's column names, joined.
    "columns.join(u',')",
    # The reason an append-only trigger gives: a fixed English sentence from the schema step that adds it.
    'why',
    # Savepoint names made by Book::transact from a counter.
    'savepoint',
    # Integers: a schema step's number, the busy timeout, the application id.
    'step.version', 'busyTimeoutMs', 'kApplicationId',
}

SQL_START = re.compile(r'^\s*\(?\s*(SELECT|INSERT|UPDATE|DELETE|CREATE|WITH|PRAGMA|ALTER|DROP|REPLACE|BEGIN|SAVEPOINT|'
                       r'RELEASE|ROLLBACK|VALUES|ON CONFLICT|FROM|WHERE|AND|OR|ORDER BY|GROUP BY|SET|JOIN|LEFT JOIN|'
                       r'UNION|LIMIT|CASE|WHEN)\b')
LITERAL = re.compile(r'(?:QStringLiteral|QLatin1String|QByteArrayLiteral|u|s)?\(?\s*"(?:[^"\\]|\\.)*"(?:\s*"(?:[^"\\]|\\.)*")*\s*\)?'
                     r'|u"(?:[^"\\]|\\.)*"'
                     r"|u?'(?:[^'\\]|\\.)'")


def closing_quote(text, i):
    """Index of the quote (double or single) that closes the literal opening at text[i], escapes skipped."""
    quote, j = text[i], i + 1
    while j < len(text) and text[j] != quote:
        j += 2 if text[j] == '\\' else 1
    return j


def strip_comments(text):
    out, i, n = [], 0, len(text)
    while i < n:
        c = text[i]
        if c in '"\'':
            j = closing_quote(text, i)
            out.append(text[i:j + 1])
            i = j + 1
        elif text.startswith('//', i):
            j = text.find('\n', i)
            i = n if j < 0 else j
        elif text.startswith('/*', i):
            j = text.find('*/', i)
            out.append('\n' * text[i:j].count('\n'))
            i = n if j < 0 else j + 2
        else:
            out.append(c)
            i += 1
    return ''.join(out)


def statements(text):
    """(line, statement) split at ';' and '{' '}' outside string literals."""
    start, line, i, n = 0, 1, 0, len(text)
    first_line = 1
    while i < n:
        c = text[i]
        if c == '"':
            j = closing_quote(text, i)
            line += text[i:j].count('\n')
            i = j + 1
            continue
        if c in ';{}':
            yield first_line, text[start:i]
            start = i + 1
            first_line = line
        if c == '\n':
            line += 1
            if not text[start:i].strip():
                first_line = line
        i += 1


def literal_texts(stmt):
    return [m.group(0) for m in re.finditer(r'"((?:[^"\\]|\\.)*)"', stmt)]


def is_sql(stmt):
    return any(SQL_START.match(s.strip('"')) for s in literal_texts(stmt) if len(s) > 3)


def balanced(text, i):
    """Text inside the parentheses opening at text[i] == '('; returns (inside, index after ')')."""
    depth, j = 0, i
    while j < len(text):
        if text[j] == '"':
            j = closing_quote(text, j)
        elif text[j] == '(':
            depth += 1
        elif text[j] == ')':
            depth -= 1
            if depth == 0:
                return text[i + 1:j], j + 1
        j += 1
    return text[i + 1:], len(text)


def split_args(args):
    parts, depth, cur, i = [], 0, '', 0
    while i < len(args):
        c = args[i]
        if c == '"':
            j = closing_quote(args, i)
            cur += args[i:j + 1]
            i = j + 1
            continue
        if c in '([{':
            depth += 1
        elif c in ')]}':
            depth -= 1
        if c == ',' and depth == 0:
            parts.append(cur.strip())
            cur = ''
        else:
            cur += c
        i += 1
    if cur.strip():
        parts.append(cur.strip())
    return parts


def translated(stmt, dot):
    """True when the `.arg(` at `dot` follows tr(...) or QCoreApplication::translate(...)."""
    j = dot - 1
    while j >= 0 and stmt[j].isspace():
        j -= 1
    if j < 0 or stmt[j] != ')':
        return False
    depth = 0
    while j >= 0:
        if stmt[j] == '"':
            j -= 1
            while j >= 0 and stmt[j] != '"':
                j -= 1
        elif stmt[j] == ')':
            depth += 1
        elif stmt[j] == '(':
            depth -= 1
            if depth == 0:
                break
        j -= 1
    return re.search(r'\b(tr|translate|QT_TR_NOOP)\s*$', stmt[:j]) is not None


def joined(stmt):
    """Expressions joined into the SQL text of one statement."""
    found = []
    for m in re.finditer(r'\.arg\(', stmt):
        if translated(stmt, m.start()):
            continue  # a message for people, not SQL
        inside, _ = balanced(stmt, m.end() - 1)
        found += split_args(inside)
    # Operands of + and % next to a literal, with the literals themselves taken out.
    masked = LITERAL.sub(' L ', stmt)
    masked = re.sub(r'\.arg\((?:[^()]|\([^()]*\))*\)', '', masked)
    operand = r'([A-Za-z_][\w.:]*(?:->\w+)*(?:\((?:[^()]|\([^()]*\))*\))?(?:\.\w+(?:\((?:[^()]|\([^()]*\))*\))?)*)'
    for m in re.finditer(r'\bL\s*[+%]\s*' + operand, masked):
        found.append(m.group(1))
    for m in re.finditer(operand + r'\s*[+%]\s*L\b', masked):
        found.append(m.group(1))
    for m in re.finditer(r'(\w+)\s*\+=\s*' + operand, masked):
        found.append(m.group(2))
    return [f for f in found if f and f != 'L' and not re.fullmatch(r'\d+|L(\s*[+%]\s*L)*', f)]


def main():
    root = sys.argv[1]
    listing = '--list' in sys.argv
    bad = []
    for folder, _, files in os.walk(os.path.join(root, 'core')):
        for name in sorted(files):
            if not name.endswith(('.cpp', '.h')):
                continue
            path = os.path.join(folder, name)
            rel = os.path.relpath(path, root)
            text = strip_comments(open(path, encoding='utf-8').read())
            for line, stmt in statements(text):
                if not is_sql(stmt):
                    continue
                for expr in joined(stmt):
                    expr = ' '.join(expr.split())
                    if listing:
                        print(f'{rel}:{line}: {expr}')
                    elif expr not in NAMES:
                        bad.append(f'{rel}:{line}: SQL text joined with `{expr}`')
    if bad:
        print('\n'.join(bad))
        print(f'{len(bad)} SQL statement(s) joined with something not known to be a name. Bind values with `?`; '
              'if it is a name from the program\'s own definitions, add it to NAMES in tests/data/check_sql.py.')
        return 1
    if not listing:
        print('no value is written into SQL text')
    return 0


if __name__ == '__main__':
    sys.exit(main())
