"""End to end: cpcost --generate man|complete-bash|complete-zsh|complete-fish.

What the outputs must hold is read from elsewhere than the option table they
are generated from: the commands and options from each command's --help, the
choices from the errors that list them, the destinations from cpcost
countries, the environment variables from src/cli/environment.cpp and the exit
codes from README.md. The bash script is run, as bash runs it on a TAB."""

import os
import re
import shutil
import subprocess
import tempfile
import unittest

from cpcost_run import BIN, base_env, run

SOURCE = os.path.dirname(os.environ["CPCOST_README"])
OUTPUTS = ["man", "complete-bash", "complete-zsh", "complete-fish"]
MAN_SECTIONS = ["NAME", "SYNOPSIS", "DESCRIPTION", "COMMANDS", "OPTIONS", "ENVIRONMENT", "FILES", "EXIT STATUS",
                "EXAMPLES", "DISCLAIMER"]


def generate(what, binary=BIN):
    code, out, err = run("--generate", what) if binary == BIN else _run_binary(binary, what)
    assert (code, err) == (0, ""), (what, code, err)
    return out


def _run_binary(binary, what):
    done = subprocess.run([binary, "--generate", what], env=base_env(), capture_output=True, text=True, timeout=60)
    return done.returncode, done.stdout, done.stderr


def help_of(command):
    code, out, err = run(*([command] if command else []), "--help")
    assert (code, err) == (0, ""), (command, code, err)
    return out


def section(text, title):
    """The lines under a heading ("Options:", "Commands:") up to the next blank line; the
    top-level help's options are under "Options of an estimate (...):"."""
    lines = text.split("\n")
    start = next(i for i, line in enumerate(lines) if line == title or line.startswith(title[:-1] + " ")) + 1
    end = lines.index("", start)
    return lines[start:end]


def commands():
    """The commands, as cpcost --help lists them (but help, which is no subcommand of the parser)."""
    return [line.split()[0] for line in section(help_of(None), "Commands:")
            if re.match(r"^  [a-z]", line) and line.split()[0] != "help"]


OPTION_LINE = re.compile(r"^\s+(-\w, )?(--[a-z-]+)( [A-Z][^ ]*)?")


def options_of(command):
    """Every option name a command's --help lists: {"--country", "-o", "--output", ...}."""
    names = set()
    for line in section(help_of(command), "Options:"):
        match = OPTION_LINE.match(line)
        if match and (line.startswith("  -") or line.startswith("      --")):
            names.add(match.group(2))
            if match.group(1):
                names.add(match.group(1)[:2])
    return names


def long_options_of(command):
    return {name for name in options_of(command) if name.startswith("--")}


def choices_in_error(*args):
    """The choices an error lists: "--sort: 'x' is not one of total, treatment, ..." -> ["total", ...]."""
    code, out, err = run(*args)
    assert code == 2, (args, code, err)
    match = re.search(r"is not one of (.*?)( \(or all\))?$", err.strip())
    assert match, err
    return match.group(1).split(", ")


def destination_words():
    """Every destination id and alias a shell can take unquoted, from cpcost countries."""
    code, out, err = run("countries", "--format", "csv")
    assert code == 0, err
    words = []
    for line in out.splitlines()[1:]:
        fields = line.split(",")
        words.append(fields[0])
        words += [alias for alias in fields[2].split("; ") if alias and " " not in alias]
    return words


def rendered_man_page(page):
    """The page as man shows it, without bold or underline."""
    done = subprocess.run(["groff", "-man", "-Tascii", "-P-cbou", "-rLL=200n"], input=page, capture_output=True,
                          text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    return done.stdout


def man_section(rendered, title):
    """The lines of a section of the rendered page, up to the next heading."""
    lines = rendered.split("\n")
    start = lines.index(title) + 1
    end = next((i for i in range(start, len(lines)) if re.match(r"^[A-Z]", lines[i])), len(lines))
    return lines[start:end]


def complete_bash(*words, script=None):
    """What the bash completion offers with the cursor at the end of the last word."""
    source = f"source {script}" if script else f"source <({BIN} --generate complete-bash)"
    program = source + '\nCOMP_WORDS=("$@"); COMP_CWORD=$(($# - 1)); _cpcost; printf "%s\\n" "${COMPREPLY[@]}"'
    done = subprocess.run(["bash", "-c", program, "bash", "cpcost", *words], capture_output=True, text=True,
                          env=base_env(), timeout=60)
    assert done.returncode == 0 and done.stderr == "", (words, done.returncode, done.stderr)
    return [line for line in done.stdout.split("\n") if line]


class Outputs(unittest.TestCase):
    def test_every_output_names_every_command_and_option(self):
        names = commands()
        self.assertIn("compare", names)
        options = set().union(*(long_options_of(command) for command in [None, *names]))
        self.assertIn("--generate", options)
        for what in OUTPUTS:
            out = generate(what)
            if what == "man":
                out = rendered_man_page(out)
            for name in names + sorted(options):
                # fish names an option without its dashes: complete -c cpcost -l country.
                pattern = r"(?<![\w-])%s(?![\w-])" % re.escape(name)
                if what == "complete-fish" and name.startswith("--"):
                    pattern = r" -l %s(?![\w-])" % re.escape(name[2:])
                with self.subTest(output=what, name=name):
                    self.assertIsNotNone(re.search(pattern, out), f"{name} is not in cpcost --generate {what}")

    def test_a_bad_choice_is_refused_naming_the_option_and_the_choices(self):
        code, out, err = run("--generate", "nonsense")
        self.assertEqual(code, 2)
        self.assertEqual(out, "")
        self.assertEqual(err, "cpcost: error: --generate: 'nonsense' is not one of man, complete-bash, complete-zsh, "
                              "complete-fish\n")

    def test_it_prints_and_exits_whatever_else_is_required(self):
        # No --country, and an unknown one: --generate asks for neither.
        for args in [["--generate", "man"], ["--generate", "complete-bash", "--country", "atlantis"]]:
            with self.subTest(args=args):
                code, out, err = run(*args)
                self.assertEqual((code, err), (0, ""))
                self.assertTrue(out.startswith((".\\\"", "#")), out[:80])

    def test_it_is_for_the_top_level_only(self):
        code, out, err = run("compare", "--generate", "man")
        self.assertEqual((code, out), (2, ""))
        self.assertIn("--generate", err)

    def test_the_same_output_each_time(self):
        for what in OUTPUTS:
            with self.subTest(output=what):
                self.assertEqual(generate(what), generate(what))


class ManPage(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.page = generate("man")
        cls.rendered = rendered_man_page(cls.page)

    def test_groff_accepts_it_without_a_warning(self):
        for device in [[], ["-Tutf8"], ["-Tascii"]]:
            with self.subTest(device=device):
                done = subprocess.run(["groff", "-man", "-ww", "-z", *device], input=self.page, capture_output=True,
                                      text=True, timeout=60)
                self.assertEqual((done.returncode, done.stderr), (0, ""))

    def test_man_renders_it(self):
        if not shutil.which("man"):
            self.skipTest("man is not installed")
        with tempfile.TemporaryDirectory() as directory:
            path = os.path.join(directory, "cpcost.1")
            with open(path, "w", encoding="utf-8") as f:
                f.write(self.page)
            done = subprocess.run(["man", "-l", path], capture_output=True, text=True, timeout=60,
                                  env=base_env(MANPAGER="cat", PAGER="cat", MANWIDTH="80"))
        self.assertEqual(done.returncode, 0, done.stderr)
        self.assertIn("cpcost - estimate what a stem cell treatment trip", re.sub(".\b", "", done.stdout))

    def test_its_sections_in_order(self):
        headings = [line for line in self.rendered.split("\n") if re.match(r"^[A-Z][A-Z ]+$", line)]
        self.assertEqual(headings, MAN_SECTIONS)
        self.assertTrue(self.page.startswith(".\\\""))
        self.assertRegex(self.page, r'(?m)^\.TH CPCOST 1 "" "cpcost \d+\.\d+\.\d+" "User Commands"$')

    def test_the_synopsis_has_every_commands_usage(self):
        synopsis = [line.strip() for line in man_section(self.rendered, "SYNOPSIS")]
        # Each command's usage, as its own help's first line gives it (the estimate's: the top help's first usage).
        usages = ["cpcost --country ID [options]"] + [help_of(c).split("\n")[0][len("Usage: "):] for c in commands()]
        self.assertEqual(len(usages), len(commands()) + 1)
        for usage in usages:
            self.assertIn(usage, synopsis)
        self.assertIn("cpcost --generate WHAT", synopsis)

    def test_each_command_has_its_description_and_options(self):
        body = "\n".join(man_section(self.rendered, "COMMANDS"))
        for command in commands():
            with self.subTest(command=command):
                # Its heading, its description from its own --help, and every option it takes.
                own_help = help_of(command)
                description = own_help.split("\n\n")[1]  # after its usage line
                block = re.search(r"(?ms)^   %s\n(.*?)(?=^   \S|\Z)" % command, body)
                self.assertIsNotNone(block, command)
                self.assertIn(" ".join(description.split()), " ".join(block.group(1).split()))
                listed = set(re.findall(r"--[a-z-]+", block.group(1).split("Options:")[1]))
                self.assertEqual(listed, long_options_of(command) - {"--version"})

    def test_each_option_with_its_value_commands_config_key_and_environment(self):
        options = man_section(self.rendered, "OPTIONS")
        tags = [re.split(r"\s{2,}", line.strip())[0] for line in options if re.match(r"^       -", line)]
        for command in [None, *commands()]:
            for line in section(help_of(command), "Options:"):
                match = OPTION_LINE.match(line)
                if not match or not (line.startswith("  -") or line.startswith("      --")):
                    continue
                tag = (match.group(1) or "") + match.group(2) + (match.group(3) or "")
                with self.subTest(command=command, option=tag):
                    self.assertIn(tag, tags)
        text = " ".join(" ".join(options).split())
        code, out, err = run("config")
        keys = [line.split()[0] for line in out.splitlines()[1:] if not line.startswith("config ")]
        self.assertEqual(len(keys), 8)
        for key in keys:
            self.assertIn("Config file key: %s." % key, text)
        self.assertIn("Environment: CPCOST_DATA (the option wins).", text)
        self.assertIn("Environment: CPCOST_CONFIG (the option wins).", text)
        self.assertIn("--infusions N Infusions per cycle, 1-50 (default: those one cycle includes).", text)
        self.assertIn("For batch: the country of rows that have none; several, or all.", text)
        self.assertIn("--generate WHAT Print the man page or a shell's completion script, and exit: man, "
                      "complete-bash, complete-zsh or complete-fish. Commands: cpcost (the top level).", text)

    def test_every_environment_variable_cpcost_reads(self):
        with open(os.path.join(SOURCE, "src", "cli", "environment.cpp"), encoding="utf-8") as f:
            variables = re.findall(r'variable_named\("(\w+)"\)', f.read())
        self.assertGreaterEqual(len(variables), 9)
        environment = man_section(self.rendered, "ENVIRONMENT")
        tags = ", ".join(re.split(r"\s{2,}", line.strip())[0] for line in environment
                         if re.match(r"^       [A-Z]", line))
        for variable in variables:
            with self.subTest(variable=variable):
                self.assertRegex(tags, r"\b%s\b" % variable)

    def test_the_exit_codes_of_the_readme(self):
        with open(os.environ["CPCOST_README"], encoding="utf-8") as f:
            codes = re.findall(r"(?m)^\| (\d) \|", f.read().split("## Exit codes")[1])
        self.assertEqual(codes, ["0", "1", "2", "3", "4"])
        tags = [line.split()[0] for line in man_section(self.rendered, "EXIT STATUS") if re.match(r"^       \d", line)]
        self.assertEqual(tags, codes)

    def test_files_examples_and_disclaimer(self):
        files = " ".join(" ".join(man_section(self.rendered, "FILES")).split())
        self.assertIn("$XDG_CONFIG_HOME/cpcost/config.toml The config file, or ~/.config/cpcost/config.toml", files)
        examples = [line.strip() for line in man_section(self.rendered, "EXAMPLES") if line.startswith("       cpcost")]
        self.assertIn("cpcost --country mexico --infusions 2", examples)
        self.assertIn("cpcost compare --budget 25k --sort total", examples)
        disclaimer = " ".join(" ".join(man_section(self.rendered, "DISCLAIMER")).split())
        self.assertIn("estimate for an experimental therapy, not medical advice", disclaimer)

    def test_roff_is_escaped(self):
        for number, line in enumerate(self.page.split("\n"), 1):
            with self.subTest(line=number):
                # A control line is one of the man macros; any other line is text that cannot be taken for one.
                if line.startswith((".", "'")):
                    self.assertRegex(line, r'^\.(\\"|TH|SH|SS|TP|PP|br|nf|fi|nh|ad l)( |$)')
                if not line.startswith('.\\"'):
                    self.assertNotRegex(line, r"(?<!\\)-")  # every hyphen a \-, so that names copy as typed
        self.assertIn("\\-\\-country", self.page)
        self.assertIn("--country ID", self.rendered)


class Bash(unittest.TestCase):
    def test_a_destination_by_id_or_alias(self):
        self.assertEqual(complete_bash("--country", "mex"), ["mexico", "mex"])
        self.assertEqual(complete_bash("--country", "us"), ["us", "usa"])
        self.assertEqual(complete_bash("--country", ""), destination_words() + ["all"])
        self.assertEqual(complete_bash("show", "th"), ["thailand", "th", "tha", "thai"])

    def test_the_last_of_a_list(self):
        self.assertEqual(complete_bash("compare", "--countries", "mexico,ind"), ["mexico,india", "mexico,ind"])
        self.assertEqual(complete_bash("--from", "europe,as"), ["europe,asia"])

    def test_a_command(self):
        self.assertEqual(complete_bash("com"), ["compare"])
        self.assertEqual(complete_bash(""), commands())

    def test_each_commands_options(self):
        for command in [None, *commands()]:
            with self.subTest(command=command):
                words = ([command] if command else []) + ["--"]
                self.assertEqual(set(complete_bash(*words)), long_options_of(command))
                self.assertEqual(set(complete_bash(*words[:-1], "-")), options_of(command))

    def test_the_choices_of_an_option(self):
        self.assertEqual(complete_bash("--format", ""), choices_in_error("--format", "x"))
        self.assertEqual(complete_bash("--format", "=", "j"), ["json", "jsonl"])
        self.assertEqual(complete_bash("compare", "--sort", ""), choices_in_error("compare", "--sort", "x"))
        self.assertEqual(complete_bash("--from", ""), choices_in_error("--from", "x") + ["all"])
        self.assertEqual(complete_bash("--generate", ""), choices_in_error("--generate", "x"))
        self.assertIn("EUR", complete_bash("--currency", ""))
        self.assertEqual(complete_bash("--infusions", ""), [])

    def test_files_and_directories(self):
        with tempfile.TemporaryDirectory() as directory:
            os.mkdir(os.path.join(directory, "results"))
            open(os.path.join(directory, "report.csv"), "w").close()
            stem = os.path.join(directory, "re")
            self.assertEqual(sorted(complete_bash("-o", stem)), [stem + "port.csv", stem + "sults"])
            self.assertEqual(complete_bash("--data", stem), [stem + "sults"])
            self.assertEqual(sorted(complete_bash("batch", stem)), [stem + "port.csv", stem + "sults"])


class Zsh(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.script = generate("complete-zsh")

    def specs_by_command(self):
        """Each _arguments block's option names: {None: {...}, "compare": {...}}."""
        blocks, current = {}, None
        for line in self.script.split("\n"):
            match = re.match(r"^      (\w+)\)$", line)
            if match:
                current = match.group(1)
            spec = re.match(r"^\s+'(?:\([^)]*\))?\*?(--?[a-zA-Z-]+)[=+\[]", line)
            if spec:
                blocks.setdefault(current, set()).add(spec.group(1))
        return blocks

    def test_each_commands_options(self):
        self.assertTrue(self.script.startswith("#compdef cpcost\n"))
        blocks = self.specs_by_command()
        self.assertEqual(set(blocks), {None, *commands()})
        for command in [None, *commands()]:
            with self.subTest(command=command):
                self.assertEqual(blocks[command], options_of(command))

    def test_the_values(self):
        self.assertIn(":FORMAT:(%s)'" % " ".join(choices_in_error("--format", "x")), self.script)
        self.assertIn(":ID:_values -s , ID %s all'" % " ".join(destination_words()), self.script)
        self.assertIn(":DIR:_files -/'", self.script)
        for command in commands():
            self.assertRegex(self.script, r"(?m)^    '%s:" % command)

    def test_zsh_reads_it(self):
        if not shutil.which("zsh"):
            self.skipTest("zsh is not installed")
        done = subprocess.run(["zsh", "-n"], input=self.script, capture_output=True, text=True, timeout=60)
        self.assertEqual((done.returncode, done.stderr), (0, ""))


class Fish(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.script = generate("complete-fish")

    def test_each_commands_options(self):
        lines = [line for line in self.script.split("\n") if line.startswith("complete -c cpcost")]
        for command in [None, *commands()]:
            offered = set()
            for line in lines:
                condition = re.search(r"-n '__cpcost_using ([^']*)'", line)
                if condition and (command or "top") not in condition.group(1).split():
                    continue
                offered |= {"--" + name for name in re.findall(r" -l ([a-z-]+)", line)}
                offered |= {"-" + name for name in re.findall(r" -s ([a-zA-Z])", line)}
            with self.subTest(command=command):
                self.assertEqual(offered, options_of(command))

    def test_the_commands_and_values(self):
        for command in commands():
            self.assertIn("complete -c cpcost -n '__cpcost_using top' -a %s -d " % command, self.script)
        self.assertIn(" -l format -x -a '%s' " % " ".join(choices_in_error("--format", "x")), self.script)
        self.assertIn(" -l generate -x -a '%s' " % " ".join(choices_in_error("--generate", "x")), self.script)
        self.assertIn("-n '__cpcost_using show' -a '%s'" % " ".join(destination_words()), self.script)

    def test_fish_reads_it(self):
        if not shutil.which("fish"):
            self.skipTest("fish is not installed")
        done = subprocess.run(["fish", "--no-execute"], input=self.script, capture_output=True, text=True,
                              timeout=60)
        self.assertEqual((done.returncode, done.stderr), (0, ""))


class Installed(unittest.TestCase):
    def test_install_puts_each_where_its_reader_looks(self):
        files = {"man": "share/man/man1/cpcost.1",
                 "complete-bash": "share/bash-completion/completions/cpcost",
                 "complete-zsh": "share/zsh/site-functions/_cpcost",
                 "complete-fish": "share/fish/vendor_completions.d/cpcost.fish"}
        with tempfile.TemporaryDirectory() as prefix:
            done = subprocess.run([os.environ["CPCOST_CMAKE"], "--install", os.environ["CPCOST_BUILD_DIR"], "--prefix",
                                   prefix], capture_output=True, text=True, timeout=300)
            self.assertEqual(done.returncode, 0, done.stderr)
            binary = os.path.join(prefix, "bin", "cpcost")
            for what, path in files.items():
                with self.subTest(output=what):
                    with open(os.path.join(prefix, path), encoding="utf-8") as f:
                        self.assertEqual(f.read(), generate(what, binary))
            # The installed script completes, as bash-completion would load it.
            script = os.path.join(prefix, files["complete-bash"])
            self.assertEqual(complete_bash("--country", "mex", script=script), ["mexico", "mex"])

    def test_an_install_without_root_as_the_readme_shows_it(self):
        """README's lines for ~/.local, run in a home of their own: the installed cpcost is
        found on the PATH they set, and runs the quick start's estimate; man finds its page."""
        with open(os.environ["CPCOST_README"], encoding="utf-8") as f:
            readme = f.read()
        install = re.search(r"cmake --install build/release --prefix (\S+)\n", readme).group(1)
        exports = re.search(r"(?m)^export PATH=.*$", readme).group(0)
        self.assertEqual(install, "~/.local")
        with tempfile.TemporaryDirectory() as home:
            done = subprocess.run([os.environ["CPCOST_CMAKE"], "--install", os.environ["CPCOST_BUILD_DIR"], "--prefix",
                                   os.path.join(home, ".local")], capture_output=True, text=True, timeout=300)
            self.assertEqual(done.returncode, 0, done.stderr)
            env = {"HOME": home, "PATH": "/usr/bin:/bin", "LC_ALL": "C.UTF-8", "COLUMNS": "80",
                   "CPCOST_TODAY": "2026-11-25", "MANPATH": ""}
            script = f"{exports}\ncommand -v cpcost\ncpcost --country mexico --infusions 2\n"
            if shutil.which("man"):
                script += "man -w cpcost\n"
            done = subprocess.run(["bash", "-c", script], env=env, capture_output=True, text=True, timeout=120)
            self.assertEqual(done.returncode, 0, done.stderr)
            lines = done.stdout.splitlines()
            self.assertEqual(lines[0], os.path.join(home, ".local", "bin", "cpcost"))
            self.assertIn("Stem cell treatment for cerebral palsy in Mexico", done.stdout)
            if shutil.which("man"):
                self.assertEqual(lines[-1], os.path.join(home, ".local", "share", "man", "man1", "cpcost.1"))


if __name__ == "__main__":
    unittest.main()
