#!/usr/bin/env python3
"""Fills unfinished messages of a .ts file from a Python dict file (source -> translation).

Developer aid: `python3 tools/fill_translations.py translations/gramdesk_hi.ts DICT.py`.
Prints the sources still missing so they can be added to the dict. A key may be the source, or
(context, source) where one source needs different words in different contexts; a value may be a list
of numerus forms for a %n message.
"""
import runpy
import sys
import xml.etree.ElementTree as ET

ts_path, dict_path = sys.argv[1], sys.argv[2]
table = runpy.run_path(dict_path)["T"]
tree = ET.parse(ts_path)
missing = []
for context in tree.getroot().iter("context"):
    name = context.find("name").text
    for message in context.iter("message"):
        source = message.find("source").text
        translation = message.find("translation")
        if translation.get("type") != "unfinished":
            continue
        value = table.get((name, source), table.get(source))
        if value is None:
            missing.append(source)
            continue
        if isinstance(value, list):
            forms = translation.findall("numerusform")
            for form, text in zip(forms, value):
                form.text = text
        else:
            translation.text = value
        del translation.attrib["type"]
tree.write(ts_path, encoding="utf-8", xml_declaration=True)
for m in missing:
    print("MISSING:", repr(m))
