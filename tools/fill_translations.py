#!/usr/bin/env python3
"""Fills unfinished messages of a .ts file from a Python dict file (source -> translation).

Developer aid: `python3 tools/fill_translations.py translations/gramdesk_hi.ts DICT.py`.
Prints the sources still missing so they can be added to the dict.
"""
import runpy
import sys
import xml.etree.ElementTree as ET

ts_path, dict_path = sys.argv[1], sys.argv[2]
table = runpy.run_path(dict_path)["T"]
tree = ET.parse(ts_path)
missing = []
for message in tree.getroot().iter("message"):
    source = message.find("source").text
    translation = message.find("translation")
    if translation.get("type") != "unfinished":
        continue
    if source in table:
        translation.text = table[source]
        del translation.attrib["type"]
    else:
        missing.append(source)
tree.write(ts_path, encoding="utf-8", xml_declaration=True)
for m in missing:
    print("MISSING:", repr(m))
