#include "cli/parse_args.hpp"

#include <CLI/CLI.hpp>

#include "core/catalog.hpp"
#include "core/error.hpp"
#include "core/query_input.hpp"
#include "core/text.hpp"

namespace cpcost {

namespace {

// A CLI11 validator from one of the shared parsers (core/query_input.hpp), so
// that the command line and batch files accept and reject the same values.
template <class Parse>
CLI::Validator accepts(Parse parse, std::string description) {
  return CLI::Validator(
      [parse](std::string& input) -> std::string {
        const auto parsed = parse(input);
        return parsed ? std::string() : parsed.error;
      },
      std::move(description));
}

// One of a fixed set of words, any case; the value becomes the canonical word.
CLI::Validator one_of(std::vector<std::string> choices) {
  std::string list;
  for (const auto& choice : choices) list += (list.empty() ? "" : ", ") + choice;
  return CLI::Validator(
      [choices, list](std::string& input) -> std::string {
        for (const auto& choice : choices) {
          if (equal_ignoring_case(input, choice)) {
            input = choice;
            return {};
          }
        }
        return "'" + input + "' is not one of " + list;
      },
      "");
}

constexpr const char* kFooter = R"(Commands:
  cpcost --country ID [options]   one destination, line by line (the default)
  cpcost compare [options]        every destination side by side, with a range chart
  cpcost countries                the destinations, their aliases and cycle prices
  cpcost show ID                  every figure the data holds about one destination
  cpcost checklist                the guide's checklist for choosing a clinic
  cpcost batch FILE               one summary row per scenario of a CSV file
  cpcost diff OLD.json NEW.json   what changed between two saved results
  cpcost config                   each setting in effect, and where it comes from
  cpcost validate [PATH...]       check data, quote, currency and config files

Sweeps: --infusions 1..4, --companions 0..2, --cycles 1,3, --from all, --country all
(or a list: mexico,india) expand to every combination, one row each, streamed.

Examples:
  cpcost --country mexico --infusions 2
  cpcost --country india --companions 2 --from europe --format json
  cpcost compare --budget 25k --sort total
  cpcost --country all --infusions 1..4 --companions 0..2 -o sweep.csv
  cpcost batch families.csv -o report.csv

Exit codes: 0 success, 1 over budget (--budget: even the low total is over it),
2 bad command line (option value, unknown country), 3 bad data (missing file,
malformed TOML, schema, a bad batch row), 4 output could not be written.
Figures are estimates for an experimental therapy, not medical advice.)";

// The raw text of the query options; parsed once the command is known.
struct QueryText {
  std::string infusions, cycles, companions, from, nights, budget;
  std::string currency, flight, nightly, daily, visa, extra_infusion, contingency, fx_fee;
};

void add_query_options(CLI::App& app, QueryText& text) {
  app.add_option("--infusions", text.infusions, "Infusions per cycle, 1-50 (default: those one cycle includes)")
      ->type_name("N")
      ->check(accepts(parse_infusions, ""));
  app.add_option("--cycles", text.cycles, "Treatment cycles, each its own trip, 1-20 (default: 1)")
      ->type_name("N")
      ->check(accepts(parse_cycles, ""));
  app.add_option("--companions", text.companions, "Caregivers traveling with the patient, 0-10 (default: 1)")
      ->type_name("N")
      ->check(accepts(parse_companions, ""));
  app.add_option("--from", text.from, "Where the travelers fly from (default: north-america):\n" + known_origins() +
                                          ", or all")
      ->type_name("REGION")
      ->check(accepts(parse_origin_sweep, ""));
  app.add_option("--nights", text.nights, "Nights in all, 0-1000, instead of the protocol's stay")
      ->type_name("N")
      ->check(accepts(parse_nights, ""));
  app.add_option("--budget", text.budget, "What you can spend (20000, 20,000 or 20k): says whether\n"
                                          "each total fits, may fit or is over")
      ->type_name("AMOUNT")
      ->check(accepts(parse_budget, ""));
  app.add_option("--currency", text.currency, "Amounts in this currency (default: USD), at the rates of\n"
                                              "data/currencies.toml")
      ->type_name("CODE")
      ->check(accepts(parse_currency_code, ""));
  // Your own figures, in the estimate's currency: each replaces the data's and shows as "yours".
  const std::pair<std::string*, const char*> overrides[] = {
      {&text.flight, "--flight"}, {&text.nightly, "--nightly"}, {&text.daily, "--daily"}, {&text.visa, "--visa"},
      {&text.extra_infusion, "--extra-infusion"}};
  const char* helps[] = {"Your round-trip fare per traveler (900, 800-1200, 1.2k)",
                         "Your room rate per night", "Your meals and local transport per traveler per day",
                         "Your visa and entry fees per traveler", "Your price per extra infusion"};
  for (std::size_t i = 0; i < std::size(overrides); ++i) {
    app.add_option(overrides[i].second, *overrides[i].first, helps[i])
        ->type_name("AMOUNT[-AMOUNT]")
        ->check(accepts(parse_money_range, ""));
  }
  app.add_option("--contingency", text.contingency, "A reserve for the unexpected, in percent of everything else")
      ->type_name("PCT")
      ->check(accepts(parse_percent, ""));
  app.add_option("--fx-fee", text.fx_fee, "Bank and card fees, in percent of what is spent abroad")
      ->type_name("PCT")
      ->check(accepts(parse_percent, ""));
}

// The options every command has: how to print, where, and which data to read.
void add_output_options(CLI::App& app, Invocation& invocation, std::string& format) {
  app.add_option("--format", format, "Output format: table (default), json, jsonl, csv or markdown")
      ->type_name("FORMAT")
      ->transform(one_of({"table", "json", "jsonl", "csv", "markdown"}));
  app.add_option("-o,--output", invocation.output, "Write to FILE (replaced only when the run succeeds); the\n"
                                                    "format follows its extension: .csv .json .jsonl .md .txt")
      ->type_name("FILE");
  app.add_flag("-q,--quiet", invocation.quiet, "Leave out the source footnotes and the disclaimer");
  app.add_flag("--no-color", invocation.no_color, "Never colour the output (also: NO_COLOR set)");
  app.add_flag("--ascii", invocation.ascii, "Plain ASCII, no Unicode (also when the locale is not UTF-8)");
  app.add_option("--data", invocation.data_dir, "Read the data from DIR (DIR/destinations/*.toml,\n"
                                                "DIR/checklist.toml, DIR/currencies.toml) instead of the bundled data")
      ->type_name("DIR");
  app.add_option("--config", invocation.config_path, "Read defaults from FILE instead of\n"
                                                     "$XDG_CONFIG_HOME/cpcost/config.toml")
      ->type_name("FILE");
}

template <class T, class Parse>
std::vector<T> values(const std::string& text, Parse parse, std::vector<T> absent) {
  if (text.empty()) return absent;
  std::vector<T> result;
  for (auto& value : parse(text).value) result.push_back(std::move(value));
  return result;
}

QuerySweep to_sweep(const QueryText& text, const std::string& country) {
  QuerySweep sweep;
  if (!country.empty()) sweep.countries = parse_name_list(country).value;
  sweep.infusions = values<std::optional<int>>(text.infusions, parse_infusions, {std::nullopt});
  sweep.cycles = values<int>(text.cycles, parse_cycles, {1});
  sweep.companions = values<std::optional<int>>(text.companions, parse_companions, {std::nullopt});
  sweep.origins = values<std::optional<std::string>>(text.from, parse_origin_sweep, {std::nullopt});
  sweep.nights = values<std::optional<int>>(text.nights, parse_nights, {std::nullopt});
  if (!text.budget.empty()) sweep.budget = parse_budget(text.budget).value;
  if (!text.currency.empty()) sweep.currency = parse_currency_code(text.currency).value;
  auto range = [](const std::string& value) -> std::optional<MoneyRange> {
    if (value.empty()) return std::nullopt;
    return parse_money_range(value).value;
  };
  sweep.overrides = Overrides{range(text.flight), range(text.nightly), range(text.daily), range(text.visa),
                              range(text.extra_infusion)};
  if (!text.contingency.empty()) sweep.contingency_bp = parse_percent(text.contingency).value;
  if (!text.fx_fee.empty()) sweep.fx_fee_bp = parse_percent(text.fx_fee).value;
  return sweep;
}

// The command named on the command line, if any: the first argument that is
// one of the commands' names.
std::string_view named_command(int argc, const char* const* argv) {
  for (int i = 1; i < argc; ++i) {
    const std::string_view word = argv[i];
    for (const char* name : {"compare", "countries", "show", "checklist", "batch", "diff", "config", "validate"}) {
      if (word == name) return word;
    }
  }
  return {};
}

// The format an output file's name asks for, when --format does not say.
Format format_of(const std::string& path) {
  const auto dot = path.rfind('.');
  const std::string extension = dot == std::string::npos ? "" : ascii_lowercase(path.substr(dot));
  if (extension == ".csv") return Format::csv;
  if (extension == ".json") return Format::json;
  if (extension == ".jsonl" || extension == ".ndjson") return Format::jsonl;
  if (extension == ".md" || extension == ".markdown") return Format::markdown;
  if (extension == ".txt") return Format::table;
  throw Error(ErrorKind::usage, "--output: cannot tell the format of '" + path +
                                    "' (use .csv, .json, .jsonl, .md or .txt, or give --format)");
}

}  // namespace

ParsedArgs parse_args(int argc, const char* const* argv) {
  CLI::App app{"Estimate what a stem cell treatment trip for cerebral palsy costs: treatment, extra infusions,\n"
               "flights, accommodation, meals and local transport, and visas, each as a low-high range in USD,\n"
               "with the source of every figure.",
               "cpcost"};
  app.set_version_flag("--version", "cpcost " CPCOST_VERSION);
  app.footer(kFooter);
  app.get_formatter()->column_width(30);
  app.require_subcommand(0, 1);

  Invocation invocation;
  std::string format;
  std::string country;
  std::string countries;
  std::string sort = "total";
  QueryText query;

  app.add_option("--country", country, "Destination id or alias, any case (mexico, panama, india, thailand,\n"
                                       "ukraine, georgia, united-states, western-europe); several, or all")
      ->type_name("ID")
      ->check(accepts(parse_name_list, ""));
  add_query_options(app, query);
  app.add_flag("--items", invocation.items, "With a sweep: the line items of each row too");
  app.add_option("--quote", invocation.quotes, "A clinic's quote (TOML): its price replaces the treatment")
      ->type_name("FILE");
  add_output_options(app, invocation, format);

  // Every command is defined, but only the one named on the command line gets
  // its options: building CLI11's options is most of cpcost's start-up, and
  // "cpcost --help" lists commands, not their options.
  const std::string_view named = named_command(argc, argv);
  auto command = [&](const char* name, const char* description) {
    CLI::App* sub = app.add_subcommand(name, description);
    return std::pair{sub, named == name};
  };
  CLI::Option* only_fits = nullptr;

  auto [compare, compare_named] = command("compare", "Every destination side by side under one query, with a range chart");
  if (compare_named) {
    compare->add_option("--countries", countries, "Only these destinations (ids or aliases, comma-separated), or all")
        ->type_name("ID,ID,...")
        ->check(accepts(parse_name_list, ""));
    add_query_options(*compare, query);
    compare->add_option("--sort", sort, "Order by the mid-point of: total (default), treatment, travel; or name")
        ->type_name("KEY")
        ->transform(one_of({"total", "treatment", "travel", "name"}));
    only_fits = compare->add_flag("--only-fits", invocation.only_fits, "With --budget: only what fits");
    compare->add_flag("--items", invocation.items, "With a sweep: the line items of each row too");
    compare->add_option("--quote", invocation.quotes, "Clinics' quotes (TOML), each a row; repeat for several")
        ->type_name("FILE");
    add_output_options(*compare, invocation, format);
  }

  auto [countries_command, countries_named] =
      command("countries", "The destinations: ids, aliases, cycle prices, considerations");
  if (countries_named) add_output_options(*countries_command, invocation, format);

  auto [show, show_named] = command("show", "Every figure the data holds about one destination, with its source");
  if (show_named) {
    show->add_option("id", invocation.show_id, "Destination id or alias")->required()->type_name("ID");
    add_output_options(*show, invocation, format);
  }

  auto [checklist, checklist_named] = command("checklist", "The guide's checklist for choosing a clinic, to print");
  if (checklist_named) add_output_options(*checklist, invocation, format);

  auto [batch, batch_named] = command("batch",
                                      "One summary row per scenario of a CSV file (columns: country, infusions, cycles,\n"
                                      "companions, from, nights, and id or name); the options give the defaults");
  if (batch_named) {
    batch->add_option("file", invocation.batch_file, "The CSV file, or - for standard input")
        ->required()
        ->type_name("FILE");
    batch->add_option("--country", country, "The country of rows that have none; several, or all")
        ->type_name("ID")
        ->check(accepts(parse_name_list, ""));
    add_query_options(*batch, query);
    batch->add_flag("--items", invocation.items, "The line items of each scenario too, one row each");
    batch->add_flag("--keep-going", invocation.keep_going, "Report bad rows on stderr and go on (exit 3 at the end)");
    add_output_options(*batch, invocation, format);
  }

  auto [config_command, config_named] = command("config", "Each setting in effect, and where it comes from");
  if (config_named) {
    // The settings can be given here too, to see which wins.
    add_query_options(*config_command, query);
    add_output_options(*config_command, invocation, format);
  }

  auto [validate, validate_named] = command(
      "validate", "Check data, quote, currency and config files; every problem as path:line:col");
  if (validate_named) {
    validate->add_option("paths", invocation.validate_paths, "Files or data directories (default: the data in use)")
        ->type_name("PATH...");
    add_output_options(*validate, invocation, format);
  }

  auto [diff, diff_named] = command("diff", "What changed between two saved JSON results (estimate or compare)");
  if (diff_named) {
    diff->add_option("old", invocation.diff_old, "The earlier result (cpcost ... --format json)")
        ->required()
        ->type_name("OLD.json");
    diff->add_option("new", invocation.diff_new, "The later result")->required()->type_name("NEW.json");
    add_output_options(*diff, invocation, format);
  }

  try {
    app.parse(argc, argv);
  } catch (const CLI::CallForHelp&) {
    return {std::nullopt, app.help()};  // for the command asked about, as in "cpcost compare --help"
  } catch (const CLI::CallForVersion& version) {
    return {std::nullopt, std::string(version.what()) + "\n"};
  } catch (const CLI::ParseError& error) {
    throw Error(ErrorKind::usage, error.what());
  }

  if (compare->parsed()) invocation.command = Command::compare;
  if (countries_command->parsed()) invocation.command = Command::countries;
  if (show->parsed()) invocation.command = Command::show;
  if (checklist->parsed()) invocation.command = Command::checklist;
  if (batch->parsed()) invocation.command = Command::batch;
  if (diff->parsed()) invocation.command = Command::diff;
  if (config_command->parsed()) invocation.command = Command::config;
  if (validate->parsed()) invocation.command = Command::validate;
  if (invocation.command == Command::estimate && invocation.quotes.size() > 1) {
    throw Error(ErrorKind::usage, "--quote: one quote for an estimate; cpcost compare takes several");
  }
  if (invocation.command == Command::estimate && country.empty() && invocation.quotes.size() == 1) {
    country = "(from the quote)";  // the quote names its destination
  }
  if (invocation.command == Command::estimate && country.empty()) {
    throw Error(ErrorKind::usage,
                "--country is required (or a command: compare, countries, show, checklist, batch, diff, config, validate)");
  }
  if (invocation.command != Command::estimate && invocation.command != Command::batch && !country.empty()) {
    throw Error(ErrorKind::usage, "--country is for a single estimate; compare takes --countries, show takes an id");
  }
  if (only_fits && only_fits->count() > 0 && query.budget.empty()) throw Error(ErrorKind::usage, "--only-fits needs --budget");

  invocation.sweep = to_sweep(query, country);
  if (!countries.empty()) {
    invocation.countries = parse_name_list(countries).value;
    if (invocation.countries.size() == 1 && equal_ignoring_case(invocation.countries[0], "all")) {
      invocation.countries.clear();
    }
  }
  invocation.sort = sort == "treatment" ? SortKey::treatment
                    : sort == "travel"  ? SortKey::travel
                    : sort == "name"    ? SortKey::name
                                        : SortKey::total;
  invocation.format_given = !format.empty();
  if (invocation.format_given) {
    invocation.format = format == "json"       ? Format::json
                        : format == "jsonl"    ? Format::jsonl
                        : format == "csv"      ? Format::csv
                        : format == "markdown" ? Format::markdown
                                               : Format::table;
  } else if (invocation.output) {
    invocation.format = format_of(*invocation.output);
    invocation.format_given = true;
  }
  return {std::move(invocation), {}};
}

}  // namespace cpcost
