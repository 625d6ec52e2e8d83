#!/usr/bin/env python3
"""Counts the test classes by level: how many start the whole application, how many are module
tests or plain unit tests (docs/quality.md, "The test run").

    python3 bench/tests/levels.py [src/test/java] [-v]

A class starts the whole application when it, or a class it extends, carries
@MestieriIntegrationTest, @SpringBootTest or @OpenSearchTest (ApiTestBase and BrowserTestBase
do), or when it starts the application in a child JVM (CrashTests)."""
import os
import re
import sys
from collections import Counter

root = next((a for a in sys.argv[1:] if not a.startswith('-')), 'src/test/java')
classes = {}
for folder, _, files in os.walk(root):
    for file in files:
        if not file.endswith('.java'):
            continue
        source = open(os.path.join(folder, file), encoding='utf-8').read()
        name = file[:-5]
        found = re.search(r'^(public\s+)?(abstract\s+)?(final\s+)?(class|@interface|interface|record|enum)\s+'
                          + name + r'\b(?:<[^>]*>)?(?:\s+extends\s+(\w+))?', source, re.M)
        if found:
            classes[name] = dict(kind=found.group(4), abstract=bool(found.group(2)), parent=found.group(5),
                                 head=source[:found.start()], source=source)


def level(name):
    c = classes.get(name)
    if not c:
        return None
    if re.search(r'@(ApplicationModuleTest|MestieriModuleTest|WebMvcTest|DataJpaTest)\b', c['head']):
        return 'module or slice'
    if name == 'CrashTests' or 'extends CrashTests' in c['source']:
        return 'whole (child JVM)'
    if re.search(r'@(MestieriIntegrationTest|SpringBootTest|OpenSearchTest)\b', c['head']):
        return 'whole'
    return (c['parent'] and level(c['parent'])) or 'unit'


rows = sorted((level(n), n) for n, c in classes.items()
              if c['kind'] == 'class' and not c['abstract'] and n.endswith('Test'))
counts = Counter(l for l, _ in rows)
print(f"{len(rows)} test classes: " + ", ".join(f"{n} {l}" for l, n in sorted(counts.items())))
if '-v' in sys.argv:
    for l, n in rows:
        print(f"{l:18} {n}")
