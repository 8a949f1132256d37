"""The layers of src/ include one way: what each directory may include.

core is pure; spec defines the interface on top of core; data, report and cli
read spec and core, never each other (cli never the renderers); io is on its
own; app wires them all. A header included against this order fails here."""

import os
import re
import sys

ALLOWED = {
    "core": {"core"},
    "spec": {"spec", "core"},
    "data": {"data", "spec", "core"},
    "report": {"report", "spec", "core"},
    "cli": {"cli", "spec", "core"},
    "io": {"io", "core"},
    "app": {"app", "cli", "data", "report", "io", "spec", "core"},
}

src = sys.argv[1]
problems = []
checked = 0
for layer, allowed in ALLOWED.items():
    for name in sorted(os.listdir(os.path.join(src, layer))):
        path = os.path.join(src, layer, name)
        with open(path, encoding="utf-8") as f:
            for number, line in enumerate(f, 1):
                match = re.match(r'#include "(\w+)/', line)
                if match:
                    checked += 1
                    if match.group(1) not in allowed:
                        problems.append(f"src/{layer}/{name}:{number}: includes {match.group(1)}/ ({layer} may include {', '.join(sorted(allowed))})")
for problem in problems:
    print(problem)
print(f"{checked} includes checked")
print(f"{checked - len(problems)} passed, {len(problems)} failed")
sys.exit(1 if problems or checked == 0 else 0)
