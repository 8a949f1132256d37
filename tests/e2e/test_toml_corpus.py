"""The public toml-test suite (tests/fixtures/toml-test, MIT, from
github.com/toml-lang/toml-test) fed to cpcost as destination data files:
every invalid document is rejected with exit code 3 and a path:line message;
every valid one is not a destination, so it is a schema error (exit 3) too.
Never a crash, a hang or a silent acceptance."""

import glob
import os
import re
import shutil
import tempfile
import unittest

from cpcost_run import FIXTURES, run

CORPUS = os.path.join(FIXTURES, "toml-test")


def documents(kind):
    return sorted(glob.glob(os.path.join(CORPUS, kind, "**", "*.toml"), recursive=True))


class Corpus(unittest.TestCase):
    def check(self, kind):
        files = documents(kind)
        self.assertGreater(len(files), 30)
        with tempfile.TemporaryDirectory() as tmp:
            os.makedirs(os.path.join(tmp, "destinations"))
            target = os.path.join(tmp, "destinations", "case.toml")
            message = re.compile(r"^cpcost: error: " + re.escape(target) + r":\d+(:\d+)?: .+\n$")
            for path in files:
                with self.subTest(document=os.path.relpath(path, CORPUS)):
                    shutil.copyfile(path, target)
                    code, out, err = run("--data", tmp, "--country", "case")
                    self.assertEqual(code, 3, err)  # a signal would be negative
                    self.assertEqual(out, "")
                    self.assertRegex(err, message)
        return len(files)

    def test_every_invalid_document_is_rejected_with_its_place(self):
        self.assertEqual(self.check("invalid"), 509)

    def test_every_valid_document_is_not_a_destination(self):
        self.assertEqual(self.check("valid"), 33)


if __name__ == "__main__":
    unittest.main()
