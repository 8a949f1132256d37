"""Data directories built from the testland fixture, for comparisons whose
totals are computed by hand:

  Testland, Tiedland  the same figures: 11,900-23,400 (mid 17,650), travel 1,900-3,400
  Zedland             cycle 5,000-8,000, flights from North America 2,000-3,000:
                      treatment 5,000-8,000 + travel 4,900-7,600 = 9,900-15,600 (mid 12,750)

(defaults: 1 cycle, the 2 included infusions, the patient and 1 companion, from
North America, 4 nights in 1 room.)"""

import os
import shutil
import tempfile

from cpcost_run import FIXTURES

TESTLAND = os.path.join(FIXTURES, "data", "destinations", "testland.toml")


def read_testland():
    with open(TESTLAND, encoding="utf-8") as f:
        return f.read()


def variant(text, id_, name, alias):
    text = text.replace('id = "testland"', f'id = "{id_}"')
    text = text.replace('name = "Testland"', f'name = "{name}"')
    return text.replace('aliases = ["tl", "Test Land"]', f'aliases = ["{alias}"]')


class ThreeDestinations:
    """A temporary data directory: Testland, Tiedland, Zedland, and no checklist."""

    def __enter__(self):
        self.path = tempfile.mkdtemp()
        destinations = os.path.join(self.path, "destinations")
        os.makedirs(destinations)
        testland = read_testland()
        zed = variant(testland, "zedland", "Zedland", "zd")
        zed = zed.replace("[cycle_price]\nlow = 10_000\nhigh = 20_000", "[cycle_price]\nlow = 5_000\nhigh = 8_000")
        zed = zed.replace("[flights.north-america]\nlow = 500\nhigh = 900",
                          "[flights.north-america]\nlow = 2000\nhigh = 3000")
        assert zed.count("5_000") == 1 and zed.count("2000") == 1
        files = {"testland.toml": testland, "tiedland.toml": variant(testland, "tiedland", "Tiedland", "td"),
                 "zedland.toml": zed}
        for name, text in files.items():
            with open(os.path.join(destinations, name), "w", encoding="utf-8") as f:
                f.write(text)
        return self.path

    def __exit__(self, *exc):
        shutil.rmtree(self.path)
