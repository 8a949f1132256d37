"""End to end: --format html, opened the way a family would, in a browser.

Headless Chromium renders the page, takes a phone-sized screenshot and prints
it to PDF; pdftotext reads the PDF back. Both are required: CI installs them
(.ci/run), and a missing one fails these tests rather than skipping them."""

import json
import os
import re
import shutil
import struct
import subprocess
import tempfile
import unittest
import zlib

from cpcost_run import base_env, run

CHROMIUM_SECONDS = 60

ESTIMATE = ["--country", "mexico", "--infusions", "2"]


def dollars(cents):
    """$18,385 from 1838500: how a whole-dollar amount reads, from the JSON's cents."""
    assert cents % 100 == 0, cents
    return f"${cents // 100:,}"


def expected_total_and_disclaimer():
    """From the JSON document, not from the page under test."""
    code, out, err = run(*ESTIMATE, "--format", "json")
    assert code == 0, err
    data = json.loads(out)
    return f"{dollars(data['total']['low_cents'])} to {dollars(data['total']['high_cents'])}", data["disclaimer"]


def words(text):
    """Text with every run of white space as one space: a PDF wraps lines where it likes."""
    return " ".join(text.split())


def require(program):
    path = shutil.which(program)
    if path is None:
        raise AssertionError(f"{program} is not installed (apt-get install chromium poppler-utils): "
                             "these tests need it, and do not skip without it")
    return path


def chromium(page, *flags, cwd):
    """Runs headless Chromium on a local file, in a profile and HOME of its own; a hang fails after 60 s."""
    profile = os.path.join(cwd, "profile")
    os.makedirs(profile, exist_ok=True)
    env = dict(os.environ, HOME=profile)
    command = [require("chromium"), "--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
               "--no-first-run", "--no-default-browser-check", "--hide-scrollbars", f"--user-data-dir={profile}",
               *flags, "file://" + os.path.abspath(page)]
    done = subprocess.run(command, cwd=cwd, env=env, capture_output=True, timeout=CHROMIUM_SECONDS)
    if done.returncode != 0:
        raise AssertionError(f"chromium failed ({done.returncode}): {done.stderr.decode(errors='replace')[-2000:]}")
    return done.stdout.decode("utf-8")


def png_pixels(data):
    """(width, height, rows of pixel tuples) of an 8-bit, non-interlaced PNG: the chunks, zlib, and the five
    scanline filters, as the PNG specification has them."""
    if data[:8] != b"\x89PNG\r\n\x1a\n":
        raise AssertionError("not a PNG")
    at, idat, header = 8, b"", None
    while at < len(data):
        length, kind = struct.unpack(">I4s", data[at:at + 8])
        body = data[at + 8:at + 8 + length]
        if kind == b"IHDR":
            header = struct.unpack(">IIBBBBB", body)
        elif kind == b"IDAT":
            idat += body
        at += 12 + length
    width, height, depth, color, _, _, interlace = header
    if depth != 8 or interlace != 0 or color not in (0, 2, 4, 6):
        raise AssertionError(f"unexpected PNG: depth {depth}, color type {color}, interlace {interlace}")
    channels = {0: 1, 2: 3, 4: 2, 6: 4}[color]
    stride = width * channels
    raw = zlib.decompress(idat)
    rows, previous = [], bytearray(stride)
    for y in range(height):
        start = y * (stride + 1)
        kind, line = raw[start], bytearray(raw[start + 1:start + 1 + stride])
        for i in range(stride):
            left = line[i - channels] if i >= channels else 0
            up = previous[i]
            corner = previous[i - channels] if i >= channels else 0
            if kind == 1:
                line[i] = (line[i] + left) & 0xFF
            elif kind == 2:
                line[i] = (line[i] + up) & 0xFF
            elif kind == 3:
                line[i] = (line[i] + (left + up) // 2) & 0xFF
            elif kind == 4:
                p = left + up - corner
                pa, pb, pc = abs(p - left), abs(p - up), abs(p - corner)
                predictor = left if pa <= pb and pa <= pc else up if pb <= pc else corner
                line[i] = (line[i] + predictor) & 0xFF
        rows.append([tuple(line[x:x + channels]) for x in range(0, stride, channels)])
        previous = line
    return width, height, rows


class PngDecoder(unittest.TestCase):
    """The decoder the screenshot test relies on, against images of known pixels."""

    @staticmethod
    def png(width, height, filtered_rows, color=2):
        def chunk(kind, body):
            return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body))
        header = struct.pack(">IIBBBBB", width, height, 8, color, 0, 0, 0)
        return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(b"".join(filtered_rows)))
                + chunk(b"IEND", b""))

    def test_filters_undone(self):
        # Row 0 unfiltered; row 1 "up" (+1 on each byte); row 2 "sub" (each pixel +1 on its left).
        data = self.png(2, 3, [b"\x00" + bytes([10, 20, 30, 40, 50, 60]), b"\x02" + bytes([1] * 6),
                               b"\x01" + bytes([5, 5, 5, 1, 1, 1])])
        width, height, rows = png_pixels(data)
        self.assertEqual((width, height), (2, 3))
        self.assertEqual(rows, [[(10, 20, 30), (40, 50, 60)], [(11, 21, 31), (41, 51, 61)], [(5, 5, 5), (6, 6, 6)]])

    def test_one_colour_is_one_colour(self):
        data = self.png(3, 2, [b"\x00" + bytes([255] * 9)] * 2)
        self.assertEqual({p for row in png_pixels(data)[2] for p in row}, {(255, 255, 255)})


class HtmlReport(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        require("chromium")
        require("pdftotext")
        cls.tmp = tempfile.mkdtemp(prefix="cpcost-html-")
        cls.total, cls.disclaimer = expected_total_and_disclaimer()
        code, out, err = run(*ESTIMATE, "-o", "report.html", cwd=cls.tmp)
        assert code == 0, err
        cls.stdout = out
        cls.page = os.path.join(cls.tmp, "report.html")
        with open(cls.page, "rb") as f:
            cls.bytes = f.read()
        cls.html = cls.bytes.decode("utf-8")

    @classmethod
    def tearDownClass(cls):
        shutil.rmtree(cls.tmp, ignore_errors=True)

    def test_output_file_by_extension_and_nothing_on_stdout(self):
        self.assertEqual(self.stdout, "")
        self.assertTrue(self.html.startswith("<!DOCTYPE html>"))
        code, out, err = run(*ESTIMATE, "--format", "html")
        self.assertEqual(code, 0, err)
        self.assertEqual(out, self.html)  # -o report.html chose html, as --format html does

    def test_loads_nothing_and_runs_nothing(self):
        self.assertNotRegex(self.html, r"(?i)<script")
        self.assertNotRegex(self.html, r"(?i)\bsrc\s*=\s*[\"']?\s*(https?:)?//")
        for link in re.findall(r"(?i)<link\b[^>]*>", self.html):
            self.assertNotRegex(link, r"(?i)href\s*=\s*[\"']?\s*(https?:)?//", link)
        self.assertNotRegex(self.html, r"(?i)@import|url\(")  # nor from the style
        self.assertNotIn(b"\x1b", self.bytes)  # never a colour code
        # Links to the sources are fine: they are followed only when clicked.
        self.assertIn('<a href="https://placidway.com">placidway.com</a>', self.html)

    def test_for_phones_and_paper(self):
        self.assertIn('<meta name="viewport" content="width=device-width, initial-scale=1">', self.html)
        self.assertIn("@media print", self.html)
        self.assertIn("@page", self.html)
        self.assertIn('<div class="table-wrap">', self.html)

    def test_chromium_shows_the_total_and_the_disclaimer(self):
        dom = chromium(self.page, "--dump-dom", cwd=self.tmp)
        self.assertIn("<svg", dom)
        self.assertIn(self.total, dom)
        self.assertIn(self.disclaimer, words(dom))
        self.assertIn("Level 2: Exercise increased caution", dom)
        self.assertIn('<h2>Sources</h2>', dom)
        # The summary comes first: the total before the line items.
        self.assertLess(dom.index(self.total), dom.index("Treatment, first cycle"))

    def test_a_phone_screenshot_shows_something(self):
        shot = os.path.join(self.tmp, "phone.png")
        chromium(self.page, f"--screenshot={shot}", "--window-size=412,915", cwd=self.tmp)
        with open(shot, "rb") as f:
            width, height, rows = png_pixels(f.read())
        self.assertEqual((width, height), (412, 915))
        colours = {pixel for row in rows for pixel in row}
        self.assertGreater(len(colours), 1, "the screenshot is one colour: a blank page")
        # Text and a chart, not a stray pixel: many pixels differ from the background.
        background = rows[0][0]
        self.assertGreater(sum(pixel != background for row in rows for pixel in row), width * height // 100)

    def test_printed_to_pdf_holds_the_total_and_the_disclaimer(self):
        pdf = os.path.join(self.tmp, "report.pdf")
        chromium(self.page, f"--print-to-pdf={pdf}", "--no-pdf-header-footer", cwd=self.tmp)
        done = subprocess.run([require("pdftotext"), "-enc", "UTF-8", pdf, "-"], capture_output=True,
                              timeout=CHROMIUM_SECONDS)
        self.assertEqual(done.returncode, 0, done.stderr)
        text = words(done.stdout.decode("utf-8"))
        self.assertIn(self.total, text)
        self.assertIn(self.disclaimer, text)
        self.assertIn("Travel & stay subtotal", text)


class QuietAndOtherPages(unittest.TestCase):
    def setUp(self):
        require("chromium")
        self.tmp = tempfile.mkdtemp(prefix="cpcost-html-")
        self.addCleanup(shutil.rmtree, self.tmp, True)

    def test_quiet_keeps_the_disclaimer_and_drops_the_sources(self):
        _, disclaimer = expected_total_and_disclaimer()
        code, out, err = run(*ESTIMATE, "--quiet", "-o", "quiet.htm", cwd=self.tmp)
        self.assertEqual(code, 0, err)
        page = os.path.join(self.tmp, "quiet.htm")
        dom = chromium(page, "--dump-dom", cwd=self.tmp)
        self.assertIn(disclaimer, words(dom))
        self.assertNotIn("Sources", dom)
        self.assertNotIn("[1]", dom)
        self.assertIn("Advisory:", dom)  # --quiet never drops the advisories

    def test_text_from_data_is_escaped(self):
        quote = os.path.join(self.tmp, "quote.toml")
        with open(quote, "w", encoding="utf-8") as f:
            f.write('clinic = "Sol <b>&</b> Luna\'s \\"Clinic\\""\ndestination = "mexico"\ncurrency = "USD"\n'
                    'as_of = 2026-10-01\nsource = "an email"\ninfusions_included = 1\n[price]\namount = 12000\n')
        code, out, err = run("--quote", quote, "--format", "html")
        self.assertEqual(code, 0, err)
        self.assertIn("Sol &lt;b&gt;&amp;&lt;/b&gt; Luna&#39;s &quot;Clinic&quot;", out)
        self.assertNotIn("<b>", out)
        page = os.path.join(self.tmp, "quote.html")
        with open(page, "w", encoding="utf-8") as f:
            f.write(out)
        dom = chromium(page, "--dump-dom", cwd=self.tmp)
        self.assertNotIn("<b>", dom)  # text in the browser, not markup
        self.assertIn("Sol &lt;b&gt;&amp;&lt;/b&gt; Luna's \"Clinic\"", dom)

    def test_compare_page_has_its_table_chart_and_disclaimer(self):
        code, out, err = run("compare", "--countries", "mexico,india", "--budget", "25k", "--quiet", "-o",
                             "compare.html", cwd=self.tmp)
        self.assertEqual(code, 0, err)
        page = os.path.join(self.tmp, "compare.html")
        dom = chromium(page, "--dump-dom", cwd=self.tmp)
        self.assertIn("<h1>Stem cell treatment for cerebral palsy: destinations compared, in USD</h1>", dom)
        self.assertIn("<th scope=\"col\">Destination</th>", dom)
        self.assertIn("<td>Mexico *</td>", dom)
        self.assertIn("<td>India *</td>", dom)
        self.assertIn("budget $25,000", dom)
        self.assertIn("<svg", dom)
        self.assertIn(expected_total_and_disclaimer()[1], words(dom))

    def test_plan_page_has_its_table_and_disclaimer(self):
        code, out, err = run("plan", "--budget", "30k", "--countries", "mexico", "--quiet", "--format", "html")
        self.assertEqual(code, 0, err)
        self.assertIn("<h1>What a budget of $30,000 buys at each destination, in 80 % of drawn trips (in USD)</h1>",
                      out)
        self.assertIn("<td>Mexico</td>", out)
        self.assertIn(expected_total_and_disclaimer()[1], out)
        self.assertNotIn("\x1b", out)


class WhereThereIsNoPage(unittest.TestCase):
    def test_asked_for_html_a_command_without_a_page_refuses_with_exit_2(self):
        with tempfile.TemporaryDirectory() as tmp:
            for args, option, what in [(["countries", "--format", "html"], "--format", "cpcost countries"),
                                       (["show", "mexico", "-o", "mexico.html"], "--output", "cpcost show"),
                                       (["checklist", "--format", "HTML"], "--format", "cpcost checklist"),
                                       (["--country", "mexico,india", "--format", "html"], "--format", "a sweep"),
                                       (["batch", "families.csv", "--format", "html"], "--format", "cpcost batch")]:
                with self.subTest(args=args):
                    code, out, err = run(*args, cwd=tmp)
                    self.assertEqual(code, 2)
                    self.assertEqual(out, "")
                    self.assertEqual(err, f"cpcost: error: {option}: html is a page for one estimate, compare or plan, "
                                          f"not for {what}: give another format\n")
            self.assertEqual(os.listdir(tmp), [])  # no file left behind

    def test_a_config_files_html_is_for_the_pages_and_the_rest_keep_their_table(self):
        with tempfile.TemporaryDirectory() as tmp:
            config = os.path.join(tmp, "config.toml")
            with open(config, "w", encoding="utf-8") as f:
                f.write('format = "html"\n')
            env = base_env(CPCOST_CONFIG=config)
            code, out, err = run("countries", env=env)
            self.assertEqual(code, 0, err)
            self.assertNotIn("<html", out)
            self.assertIn("mexico", out)
            code, out, err = run("config", env=env)
            self.assertEqual(code, 0, err)
            self.assertRegex(out, r"format +html +config file")
            code, out, err = run(*ESTIMATE, env=env)
            self.assertEqual(code, 0, err)
            self.assertTrue(out.startswith("<!DOCTYPE html>"))


if __name__ == "__main__":
    unittest.main()
