#include "cli/parse_args.hpp"

#include <CLI/CLI.hpp>

#include <charconv>

#include "core/catalog.hpp"
#include "core/error.hpp"
#include "core/text.hpp"

namespace cpcost {

namespace {

// A whole number from low to high. CLI11's own Range accepts "1.5" and "0x10"
// and calls "abc" out of range; this says what is wrong.
CLI::Validator whole_number(int low, int high) {
  const std::string range = std::to_string(low) + " to " + std::to_string(high);
  return CLI::Validator(
      [low, high, range](std::string& input) -> std::string {
        const bool negative = !input.empty() && input.front() == '-';
        const std::string_view digits = std::string_view(input).substr(negative ? 1 : 0);
        if (digits.empty() || digits.find_first_not_of("0123456789") != std::string_view::npos) {
          return "'" + input + "' is not a whole number (expected " + range + ")";
        }
        long long value = 0;
        const auto [end, error] = std::from_chars(input.data(), input.data() + input.size(), value);
        if (error != std::errc() || end != input.data() + input.size() || value < low || value > high) {
          return "must be " + range + ", not " + input;
        }
        return {};
      },
      range);
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

// An amount as people type it: 20000, 20,000, 20k.
CLI::Validator amount() {
  return CLI::Validator(
      [](std::string& input) -> std::string {
        if (parse_amount(input)) return {};
        return "'" + input + "' is not an amount (for example 20000, 20,000 or 20k)";
      },
      "AMOUNT");
}

constexpr const char* kFooter = R"(Commands:
  cpcost --country ID [options]   one destination, line by line (the default)
  cpcost compare [options]        every destination side by side, with a range chart
  cpcost countries                the destinations, their aliases and cycle prices
  cpcost show ID                  every figure the data holds about one destination
  cpcost checklist                the guide's checklist for choosing a clinic

Examples:
  cpcost --country mexico --infusions 2
  cpcost --country india --companions 2 --from europe --format json
  cpcost compare --budget 25k --sort total
  cpcost show ukraine

Exit codes: 0 success, 1 over budget (--budget: even the low total is over it),
2 bad command line (option value, unknown country), 3 bad data (missing file,
malformed TOML, schema), 4 output could not be written.
Figures are estimates for an experimental therapy, not medical advice.)";

// The options that shape a query, shared by the estimate and compare.
void add_query_options(CLI::App& app, Query& query, std::string& budget) {
  app.add_option("--infusions", query.infusions, "Infusions per cycle (default: those one cycle includes)")
      ->type_name("N")
      ->check(whole_number(1, QueryLimits::max_infusions));
  app.add_option("--cycles", query.cycles, "Treatment cycles, each its own trip (default: 1)")
      ->type_name("N")
      ->check(whole_number(1, QueryLimits::max_cycles));
  app.add_option("--companions", query.companions, "Caregivers traveling with the patient (default: 1)")
      ->type_name("N")
      ->check(whole_number(0, QueryLimits::max_companions));
  app.add_option("--from", query.origin, "Where the travelers fly from (default: north-america):\n" + known_origins())
      ->type_name("REGION")
      ->transform(one_of({kOrigins.begin(), kOrigins.end()}));
  app.add_option("--nights", query.nights, "Nights in all, instead of the protocol's stay")
      ->type_name("N")
      ->check(whole_number(0, QueryLimits::max_nights));
  app.add_option("--budget", budget, "What you can spend (20000, 20,000 or 20k): says whether\n"
                                     "each total fits, may fit or is over")
      ->type_name("AMOUNT")
      ->check(amount());
}

// The options every command has: how to print, and which data to read.
void add_output_options(CLI::App& app, Invocation& invocation, std::string& format) {
  app.add_option("--format", format, "Output format: table (default), json, csv or markdown")
      ->type_name("FORMAT")
      ->transform(one_of({"table", "json", "csv", "markdown"}));
  app.add_flag("-q,--quiet", invocation.quiet, "Leave out the source footnotes and the disclaimer");
  app.add_flag("--no-color", invocation.no_color, "Never colour the output (also: NO_COLOR set)");
  app.add_flag("--ascii", invocation.ascii, "Plain ASCII, no Unicode (also when the locale is not UTF-8)");
  app.add_option("--data", invocation.data_dir, "Read the data from DIR (DIR/destinations/*.toml,\n"
                                                "DIR/checklist.toml) instead of the bundled data")
      ->type_name("DIR");
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
  std::string format = "table";
  std::string budget;
  std::string sort = "total";

  app.add_option("--country", invocation.query.country,
                 "Destination id or alias, any case (mexico, panama, india, thailand,\n"
                 "ukraine, georgia, united-states, western-europe)")
      ->type_name("ID");
  add_query_options(app, invocation.query, budget);
  add_output_options(app, invocation, format);

  CLI::App* compare = app.add_subcommand("compare", "Every destination side by side under one query, with a range chart");
  compare->add_option("--countries", invocation.countries, "Only these destinations (ids or aliases, comma-separated)")
      ->type_name("ID,ID,...")
      ->delimiter(',');
  add_query_options(*compare, invocation.query, budget);
  compare->add_option("--sort", sort, "Order by the mid-point of: total (default), treatment, travel; or name")
      ->type_name("KEY")
      ->transform(one_of({"total", "treatment", "travel", "name"}));
  CLI::Option* only_fits = compare->add_flag("--only-fits", invocation.only_fits, "With --budget: only what fits");
  add_output_options(*compare, invocation, format);

  CLI::App* countries = app.add_subcommand("countries", "The destinations: ids, aliases, cycle prices, considerations");
  add_output_options(*countries, invocation, format);

  CLI::App* show = app.add_subcommand("show", "Every figure the data holds about one destination, with its source");
  show->add_option("id", invocation.show_id, "Destination id or alias")->required()->type_name("ID");
  add_output_options(*show, invocation, format);

  CLI::App* checklist = app.add_subcommand("checklist", "The guide's checklist for choosing a clinic, to print");
  add_output_options(*checklist, invocation, format);

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
  if (countries->parsed()) invocation.command = Command::countries;
  if (show->parsed()) invocation.command = Command::show;
  if (checklist->parsed()) invocation.command = Command::checklist;
  if (invocation.command == Command::estimate && invocation.query.country.empty()) {
    throw Error(ErrorKind::usage, "--country is required (or a command: compare, countries, show, checklist)");
  }
  if (invocation.command != Command::estimate && !invocation.query.country.empty()) {
    throw Error(ErrorKind::usage, "--country is for a single estimate; compare takes --countries, show takes an id");
  }
  if (only_fits->count() > 0 && budget.empty()) throw Error(ErrorKind::usage, "--only-fits needs --budget");

  if (!budget.empty()) invocation.query.budget = parse_amount(budget);
  invocation.sort = sort == "treatment" ? SortKey::treatment
                    : sort == "travel"  ? SortKey::travel
                    : sort == "name"    ? SortKey::name
                                        : SortKey::total;
  invocation.format = format == "json" ? Format::json
                      : format == "csv" ? Format::csv
                      : format == "markdown" ? Format::markdown
                                             : Format::table;
  return {std::move(invocation), {}};
}

}  // namespace cpcost
