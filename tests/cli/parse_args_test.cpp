#include "cli/parse_args.hpp"

#include <doctest/doctest.h>

#include <vector>

#include "app/settings.hpp"
#include "core/error.hpp"

using namespace cpcost;

namespace {

ParsedArgs parse(std::vector<const char*> args) {
  args.insert(args.begin(), "cpcost");
  return parse_args(static_cast<int>(args.size()), args.data());
}

// What the command runs on: a terminal, a UTF-8 locale, no config file.
Settings settings(std::vector<const char*> args) {
  Environment environment;
  environment.lang = "C.UTF-8";
  environment.stdout_is_terminal = true;
  environment.today = "2026-11-25";
  const ParsedArgs parsed = parse(std::move(args));
  REQUIRE(parsed.command_line.has_value());
  return resolve_settings(*parsed.command_line, environment);
}

std::string usage_error(std::vector<const char*> args) {
  try {
    settings(std::move(args));
  } catch (const Error& error) {
    CHECK(error.kind() == ErrorKind::usage);
    return error.what();
  }
  return "(accepted)";
}

}  // namespace

TEST_CASE("cli: the design's own example, exactly as typed") {
  const Settings invocation = settings({"--country", "mexico", "--infusions", "2"});
  CHECK(invocation.sweep.at(0).country == "mexico");
  CHECK(invocation.sweep.at(0).infusions == 2);
  CHECK(invocation.sweep.at(0).cycles == 1);
  CHECK_FALSE(invocation.sweep.at(0).companions.has_value());
  CHECK_FALSE(invocation.sweep.at(0).origin.has_value());
  CHECK_FALSE(invocation.sweep.at(0).nights.has_value());
  CHECK(invocation.format == Format::table);
  CHECK_FALSE(invocation.render.quiet);
  CHECK(invocation.render.color);
  CHECK_FALSE(invocation.data_dir.has_value());
}

TEST_CASE("cli: every option") {
  const Settings invocation = settings({"--country", "India", "--infusions", "4", "--cycles", "3", "--companions", "0",
                                   "--from", "Middle-East", "--nights", "0", "--format", "JSON", "--quiet",
                                   "--no-color", "--data", "/some/dir"});
  CHECK(invocation.sweep.at(0).country == "India");
  CHECK(invocation.sweep.at(0).infusions == 4);
  CHECK(invocation.sweep.at(0).cycles == 3);
  CHECK(invocation.sweep.at(0).companions == 0);
  CHECK(invocation.sweep.at(0).origin == "middle-east");
  CHECK(invocation.sweep.at(0).nights == 0);
  CHECK(invocation.format == Format::json);
  CHECK(invocation.render.quiet);
  CHECK_FALSE(invocation.render.color);
  CHECK(invocation.data_dir == "/some/dir");
  CHECK(settings({"--country", "x", "-q"}).render.quiet);
  CHECK(settings({"--country=x", "--format=csv"}).format == Format::csv);
  CHECK(settings({"--country", "x", "--format", "markdown"}).format == Format::markdown);
  CHECK(settings({"--country", "x", "--format", "table"}).format == Format::table);
}

TEST_CASE("cli: --help, -h, help, --version and -V print and succeed") {
  for (const auto& asked : {std::vector<const char*>{"--help"}, {"-h"}, {"help"}}) {
    const ParsedArgs help = parse(asked);
    CHECK_FALSE(help.command_line.has_value());
    CHECK(help.info == Info::help);
    CHECK_FALSE(help.help_for.has_value());
  }
  for (const auto& asked : {std::vector<const char*>{"--version"}, {"-V"}}) {
    const ParsedArgs version = parse(asked);
    CHECK_FALSE(version.command_line.has_value());
    CHECK(version.info == Info::version);
  }
}

TEST_CASE("cli: --generate prints what it names, whatever else is given or missing") {
  for (const auto& spec : kGenerated) {
    const std::string name(spec.name);
    const ParsedArgs parsed = parse({"--generate", name.c_str()});
    CHECK_FALSE(parsed.command_line.has_value());
    CHECK(parsed.generate == spec.what);
  }
  CHECK(parse({"--generate", "MAN"}).generate == Generated::man);
  CHECK(parse({"--country", "atlantis", "--generate", "complete-fish"}).generate == Generated::complete_fish);
  CHECK_FALSE(parse({"--help"}).generate.has_value());
  CHECK(usage_error({"--generate", "html"}) ==
        "--generate: 'html' is not one of man, complete-bash, complete-zsh, complete-fish");
  CHECK(usage_error({"--generate"}) == "--generate: needs a value (WHAT)");
  CHECK(usage_error({"compare", "--generate", "man"}).find("--generate") != std::string::npos);  // the top level's only
}

TEST_CASE("cli: bad values name their option") {
  CHECK(usage_error({"--country", "x", "--infusions", "0"}) == "--infusions: must be 1 to 50, not 0");
  CHECK(usage_error({"--country", "x", "--infusions", "51"}) == "--infusions: must be 1 to 50, not 51");
  CHECK(usage_error({"--country", "x", "--infusions", "-2"}) == "--infusions: must be 1 to 50, not -2");
  CHECK(usage_error({"--country", "x", "--infusions", "two"}) ==
        "--infusions: 'two' is not a whole number (expected 1 to 50)");
  CHECK(usage_error({"--country", "x", "--infusions", "1.5"}) ==
        "--infusions: '1.5' is not a whole number (expected 1 to 50)");
  CHECK(usage_error({"--country", "x", "--infusions", "0x10"}) ==
        "--infusions: '0x10' is not a whole number (expected 1 to 50)");
  CHECK(usage_error({"--country", "x", "--cycles", "99999999999999999999999"}) ==
        "--cycles: must be 1 to 20, not 99999999999999999999999");
  CHECK(usage_error({"--country", "x", "--companions", "11"}) == "--companions: must be 0 to 10, not 11");
  CHECK(usage_error({"--country", "x", "--nights", "-1"}) == "--nights: must be 0 to 1000, not -1");
  CHECK(usage_error({"--country", "x", "--from", "mars"}) ==
        "--from: 'mars' is not one of north-america, europe, asia, middle-east, latin-america (or all)");
  CHECK(usage_error({"--country", "x", "--format", "xml"}) == "--format: 'xml' is not one of table, json, jsonl, csv, markdown, html");
}

TEST_CASE("cli: a missing country, a missing value, an unknown option") {
  CHECK(usage_error({}) == "--country is required (or a command: compare, countries, show, checklist, batch, diff, config, validate, plan)");
  CHECK(usage_error({"--infusions", "2"}) == "--country is required (or a command: compare, countries, show, checklist, batch, diff, config, validate, plan)");
  CHECK(usage_error({"--country"}) == "--country: needs a value (ID)");
  CHECK(usage_error({"--country", "x", "--bogus"}) == "unknown option '--bogus' (the options: cpcost --help)");
  CHECK(usage_error({"--country", "x", "extra"}) ==
        "unexpected argument 'extra' (usage: cpcost --country ID [options])");
}

TEST_CASE("cli: compare with its options") {
  const Settings invocation = settings({"compare", "--countries", "mexico,India,ua", "--infusions", "2", "--sort", "Travel",
                                   "--budget", "20,000", "--only-fits", "--ascii", "--format", "csv"});
  CHECK(invocation.command == Command::compare);
  CHECK(invocation.countries == std::vector<std::string>{"mexico", "India", "ua"});
  CHECK(invocation.sweep.at(0).infusions == 2);
  CHECK(invocation.sort == SortKey::travel);
  CHECK(invocation.sweep.budget == Money::from_units(20000));
  CHECK(invocation.only_fits);
  CHECK_FALSE(invocation.render.unicode);
  CHECK(invocation.format == Format::csv);
  CHECK(settings({"compare"}).sort == SortKey::total);
  CHECK(settings({"compare", "--sort", "name"}).sort == SortKey::name);
  CHECK(settings({"compare", "--sort", "treatment"}).sort == SortKey::treatment);
  CHECK(settings({"compare"}).countries.empty());
}

TEST_CASE("cli: budgets as people type them") {
  CHECK(settings({"--country", "x", "--budget", "20000"}).sweep.budget == Money::from_units(20000));
  CHECK(settings({"--country", "x", "--budget", "20k"}).sweep.budget == Money::from_units(20000));
  CHECK(settings({"--country", "x", "--budget", "$1.5k"}).sweep.budget == Money::from_units(1500));
  CHECK(usage_error({"--country", "x", "--budget", "lots"}) ==
        "--budget: 'lots' is not an amount (for example 20000, 20,000 or 20k)");
  CHECK(usage_error({"compare", "--only-fits"}) == "--only-fits needs --budget");
  CHECK(usage_error({"compare", "--sort", "cost"}) == "--sort: 'cost' is not one of total, treatment, travel, name");
}

TEST_CASE("cli: countries, show and checklist") {
  CHECK(settings({"countries"}).command == Command::countries);
  CHECK(settings({"countries", "--format", "json"}).format == Format::json);
  const Settings show = settings({"show", "Ukraine", "--quiet"});
  CHECK(show.command == Command::show);
  CHECK(show.show_id == "Ukraine");
  CHECK(show.render.quiet);
  CHECK(settings({"checklist", "--format", "markdown"}).command == Command::checklist);
  CHECK(settings({"checklist", "--data", "/d"}).data_dir == "/d");
  CHECK(usage_error({"show"}) == "cpcost show: ID is missing (usage: cpcost show ID)");
  CHECK(usage_error({"countries", "--country", "x"}) ==
        "--country is for a single estimate; compare takes --countries, show takes an id");
  CHECK(usage_error({"countries", "--infusions", "2"}) ==
        "--infusions: not an option of cpcost countries (its options: cpcost help countries)");
  CHECK(usage_error({"--country", "x", "compare"}) ==
        "--country is for a single estimate; compare takes --countries, show takes an id");
  CHECK(usage_error({"compare", "countries"}) ==
        "cpcost compare: unexpected argument 'countries' (usage: cpcost compare [options])");
}

TEST_CASE("cli: help for a command, asked either way") {
  CHECK(parse({"compare", "--help"}).help_for == Command::compare);
  CHECK(parse({"help", "compare"}).help_for == Command::compare);
  CHECK(parse({"help", "plan"}).help_for == Command::plan);
  CHECK(usage_error({"help", "compre"}) == "help: unknown command 'compre'; did you mean compare?");
  CHECK(usage_error({"help", "compare", "show"}) == "help: one command at most (usage: cpcost help [COMMAND])");
}

TEST_CASE("cli: mistakes in cpcost's own words, with the closest suggested") {
  CHECK(usage_error({"--contry", "mexico"}) == "unknown option '--contry'; did you mean --country?");
  CHECK(usage_error({"compare", "--countrys", "mexico"}) == "unknown option '--countrys'; did you mean --countries?");
  CHECK(usage_error({"--xyzzy"}) == "unknown option '--xyzzy' (the options: cpcost --help)");
  CHECK(usage_error({"compre"}) == "unknown command 'compre'; did you mean compare?");
  CHECK(usage_error({"zzzzzz"}).starts_with("unknown command 'zzzzzz' (commands: compare, "));
  CHECK(usage_error({"--country"}) == "--country: needs a value (ID)");
  CHECK(usage_error({"--country", "mexico", "--budget"}) == "--budget: needs a value (AMOUNT)");
  CHECK(usage_error({"--country", "mexico", "--budget", "--quiet"}) == "--budget: needs a value (AMOUNT)");
  CHECK(usage_error({"--country", "mexico", "--country", "india"}) ==
        "--country: given twice; give it once (several values as one list: --country a,b)");
  CHECK(usage_error({"--country", "mexico", "--budget", "1k", "--budget", "2k"}) == "--budget: given twice; give it once");
  CHECK(usage_error({"--country", "mexico", "--quiet=yes"}) == "--quiet: takes no value");
  CHECK(usage_error({"countries", "--budget", "1k"}) ==
        "--budget: not an option of cpcost countries (its options: cpcost help countries)");
  CHECK(usage_error({"show"}) == "cpcost show: ID is missing (usage: cpcost show ID)");
  CHECK(usage_error({"diff", "a.json"}) == "cpcost diff: NEW.json is missing (usage: cpcost diff OLD.json NEW.json)");
  CHECK(usage_error({"show", "mexico", "india"}) == "cpcost show: unexpected argument 'india' (usage: cpcost show ID)");
  // An input quoted in a message is cut short.
  const std::string long_flag = "--" + std::string(500, 'a');
  CHECK(usage_error({long_flag.c_str()}).size() < 120);
  // A value far out of range is quoted cut short.
  const std::string long_number(500, '9');
  CHECK(usage_error({"--country", "x", "--infusions", long_number.c_str()}) ==
        "--infusions: must be 1 to 50, not " + std::string(100, '9') + "...");
  // A negative number is a value, refused by the option's own check.
  CHECK(usage_error({"--country", "x", "--infusions", "-2"}) == "--infusions: must be 1 to 50, not -2");
}

TEST_CASE("cli: sweeps in the query options") {
  const Settings parsed = settings({"--country", "all", "--infusions", "1..4", "--companions", "0..2", "--cycles", "1,3",
                                    "--from", "europe,asia", "--nights", "5"});
  const QuerySweep& sweep = parsed.sweep;
  CHECK(sweep.countries == std::vector<std::string>{"all"});
  CHECK(sweep.infusions == std::vector<std::optional<int>>{1, 2, 3, 4});
  CHECK(sweep.companions == std::vector<std::optional<int>>{0, 1, 2});
  CHECK(sweep.cycles == std::vector<int>{1, 3});
  CHECK(sweep.origins == std::vector<std::optional<std::string>>{"europe", "asia"});
  CHECK(sweep.nights == std::vector<std::optional<int>>{5});
  CHECK(sweep.is_sweep());
  CHECK(settings({"--country", "mexico,india"}).sweep.size() == 2);
  CHECK(settings({"--country", "mexico", "--from", "all"}).sweep.size() == 5);
  CHECK_FALSE(settings({"--country", "mexico"}).sweep.is_sweep());
  CHECK(usage_error({"--country", "x", "--infusions", "4..1"}) ==
        "--infusions: '4..1' is an empty range (write the lower number first)");
  CHECK(usage_error({"--country", "x", "--companions", "0..11"}) == "--companions: must be 0 to 10, not 11");
  CHECK(settings({"compare", "--countries", "all"}).countries == std::vector<std::string>{"all"});
}

TEST_CASE("cli: batch and its options") {
  const Settings invocation = settings({"batch", "families.csv", "--country", "mexico", "--companions", "2", "--items",
                                        "--keep-going", "--budget", "30k", "-o", "report.jsonl"});
  CHECK(invocation.command == Command::batch);
  CHECK(invocation.batch_file == "families.csv");
  CHECK(invocation.sweep.countries == std::vector<std::string>{"mexico"});
  CHECK(invocation.sweep.companions == std::vector<std::optional<int>>{2});
  CHECK(invocation.items);
  CHECK(invocation.keep_going);
  CHECK(invocation.sweep.budget == Money::from_units(30000));
  CHECK(invocation.output == "report.jsonl");
  CHECK(invocation.format == Format::jsonl);
  CHECK(settings({"batch", "-"}).batch_file == "-");
  CHECK_FALSE(settings({"batch", "-"}).format_given);
  CHECK(usage_error({"batch"}) == "cpcost batch: FILE is missing (usage: cpcost batch FILE)");
}

TEST_CASE("cli: the output file's extension chooses the format, unless --format does") {
  auto format = [](std::vector<const char*> args) { return settings(std::move(args)).format; };
  CHECK(format({"--country", "x", "-o", "a.csv"}) == Format::csv);
  CHECK(format({"--country", "x", "--output", "a.JSON"}) == Format::json);
  CHECK(format({"--country", "x", "-o", "a.jsonl"}) == Format::jsonl);
  CHECK(format({"--country", "x", "-o", "a.md"}) == Format::markdown);
  CHECK(format({"--country", "x", "-o", "a.txt"}) == Format::table);
  CHECK(format({"--country", "x", "-o", "report.html"}) == Format::html);
  CHECK(format({"compare", "-o", "report.htm"}) == Format::html);
  CHECK(format({"--country", "x", "-o", "a.md", "--format", "csv"}) == Format::csv);
  CHECK(format({"countries", "-o", "c.json"}) == Format::json);
  CHECK(usage_error({"--country", "x", "-o", "report.xlsx"}) ==
        "--output: cannot tell the format of 'report.xlsx' (use .txt, .json, .jsonl, .csv, .md or .html, or give --format)");
}

TEST_CASE("cli: -o - is standard output, -o '' a usage error") {
  const Settings dash = settings({"--country", "x", "-o", "-"});
  CHECK_FALSE(dash.output.has_value());
  CHECK(dash.format == Format::table);  // as without -o: no extension to follow
  CHECK(dash.to_terminal);
  CHECK(settings({"--country", "x", "--format", "json", "-o", "-"}).format == Format::json);
  CHECK(usage_error({"--country", "x", "-o", ""}) ==
        "--output: an empty path (give a file name, or - for standard output)");
  CHECK(usage_error({"--country", "x", "--format", "csv", "--output", ""}) ==
        "--output: an empty path (give a file name, or - for standard output)");
  CHECK(settings({"--country", "x", "-o", "a.csv"}).output == "a.csv");
  CHECK_FALSE(settings({"--country", "x", "-o", "a.csv"}).to_terminal);
}

TEST_CASE("cli: html is a page for one estimate, compare or plan, and asked for elsewhere a usage error") {
  CHECK(settings({"--country", "x", "--format", "html"}).format == Format::html);
  CHECK(settings({"compare", "--format", "html"}).format == Format::html);
  CHECK(settings({"plan", "--budget", "30k", "--format", "html"}).format == Format::html);
  CHECK(usage_error({"countries", "--format", "html"}) ==
        "--format: html is a page for one estimate, compare or plan, not for cpcost countries: give another format");
  CHECK(usage_error({"show", "mexico", "-o", "mexico.html"}) ==
        "--output: html is a page for one estimate, compare or plan, not for cpcost show: give another format");
  CHECK(usage_error({"--country", "mexico,india", "--format", "html"}) ==
        "--format: html is a page for one estimate, compare or plan, not for a sweep: give another format");
  CHECK(usage_error({"compare", "--infusions", "1..2", "--format", "html"}) ==
        "--format: html is a page for one estimate, compare or plan, not for a sweep: give another format");
  for (const char* command : {"checklist", "config", "validate"}) {
    CAPTURE(command);
    CHECK(usage_error({command, "--format", "html"}).ends_with("not for cpcost " + std::string(command) +
                                                               ": give another format"));
  }
  CHECK(usage_error({"batch", "f.csv", "--format", "html"}).ends_with("not for cpcost batch: give another format"));
  CHECK(usage_error({"diff", "a.json", "b.json", "--format", "html"}).ends_with("not for cpcost diff: give another format"));
}

TEST_CASE("cli: diff takes two files") {
  const Settings parsed = settings({"diff", "old.json", "new.json", "--format", "csv"});
  CHECK(parsed.command == Command::diff);
  CHECK(parsed.diff_old == "old.json");
  CHECK(parsed.diff_new == "new.json");
  CHECK(usage_error({"diff", "old.json"}) ==
        "cpcost diff: NEW.json is missing (usage: cpcost diff OLD.json NEW.json)");
}

TEST_CASE("cli: your own numbers, currency and adjustments") {
  const Settings invocation = settings({"--country", "mexico", "--currency", "eur", "--flight", "800-1200", "--nightly",
                                        "90", "--daily", "1.2k", "--visa", "25.50", "--extra-infusion", "3k-4k",
                                        "--contingency", "15", "--fx-fee", "2.5"});
  const Query query = invocation.sweep.at(0);
  CHECK(query.currency == "EUR");
  CHECK(*query.overrides.find("flights") == MoneyRange{Money::from_units(800), Money::from_units(1200), false});
  CHECK(*query.overrides.find("accommodation") == MoneyRange::exactly(Money::from_units(90)));
  CHECK(*query.overrides.find("local_costs") == MoneyRange::exactly(Money::from_units(1200)));
  CHECK(*query.overrides.find("visa") == MoneyRange::exactly(Money::from_cents(2550)));
  CHECK(*query.overrides.find("extra_infusions") == MoneyRange{Money::from_units(3000), Money::from_units(4000), false});
  CHECK(query.contingency_bp == 1500);
  CHECK(query.fx_fee_bp == 250);
  CHECK(parse({"--country", "x", "--config", "my.toml"}).command_line->find(OptionId::config)->values ==
        std::vector<std::string>{"my.toml"});
  CHECK(usage_error({"--country", "x", "--flight", "cheap"}) ==
        "--flight: 'cheap' is not an amount or a range (for example 900, 800-1200 or 1.2k)");
  CHECK(usage_error({"--country", "x", "--contingency", "150"}) ==
        "--contingency: '150' is not a percentage from 0 to 100 with at most two decimals (for example 15 or 2.5)");
  CHECK(usage_error({"--country", "x", "--currency", "euro"}) ==
        "--currency: 'euro' is not a currency code (three letters, as EUR)");
}

TEST_CASE("cli: quotes") {
  const Settings one = settings({"--quote", "a.toml"});
  CHECK(one.command == Command::estimate);
  CHECK(one.quotes == std::vector<std::string>{"a.toml"});
  const Settings several = settings({"compare", "--quote", "a.toml", "--quote", "b.toml"});
  CHECK(several.quotes == std::vector<std::string>{"a.toml", "b.toml"});
  CHECK(usage_error({"--quote", "a.toml", "--quote", "b.toml"}) ==
        "--quote: one quote for an estimate; cpcost compare takes several");
}

TEST_CASE("cli: config and validate") {
  CHECK(settings({"config"}).command == Command::config);
  CHECK(settings({"config", "--from", "asia"}).sweep.origins ==
        std::vector<std::optional<std::string>>{"asia"});
  const Settings validate = settings({"validate", "data", "quote.toml"});
  CHECK(validate.command == Command::validate);
  CHECK(validate.validate_paths == std::vector<std::string>{"data", "quote.toml"});
  CHECK(settings({"validate"}).validate_paths.empty());
}
