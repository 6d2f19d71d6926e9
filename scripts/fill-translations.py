"""Fill translations in resources/translations/leaddesk_{ru,en}.ts from JSON files.

    .venv/bin/python scripts/fill-translations.py ru words.json [more.json ...]

Each JSON file maps context -> source text -> translation (a list of forms for "%n"
strings). Run scripts/update-translations.sh first, scripts/setup.sh after (it compiles).
"""

import json
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

language, *files = sys.argv[1:]
words: dict[str, dict[str, object]] = {}
for name in files:
    for context, entries in json.loads(Path(name).read_text(encoding="utf-8")).items():
        words.setdefault(context, {}).update(entries)
path = Path("resources/translations") / f"leaddesk_{language}.ts"
tree = ET.parse(path)
filled = 0
for context in tree.getroot().iter("context"):
    known = words.get(context.find("name").text, {})
    for message in context.iter("message"):
        value = known.get(message.find("source").text)
        if value is None:
            continue
        translation = message.find("translation")
        translation.attrib.pop("type", None)
        for child in list(translation):
            translation.remove(child)
        if isinstance(value, list):
            translation.text = None
            for form in value:
                ET.SubElement(translation, "numerusform").text = form
        else:
            translation.text = value
        filled += 1
ET.indent(tree, space="    ")
tree.write(path, encoding="utf-8", xml_declaration=True)
print(f"{path}: {filled} translations filled")
