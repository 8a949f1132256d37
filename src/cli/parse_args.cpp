#include "cli/parse_args.hpp"

#include <CLI/CLI.hpp>

#include <charconv>
#include <map>

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

constexpr const char* kFooter = R"(Examples:
  cpcost --country mexico --infusions 2
  cpcost --country india --companions 2 --from europe --format json
  cpcost --country ukraine --cycles 2 --format csv > ukraine.csv

Exit codes: 0 success, 2 bad command line (option value, unknown country),
3 bad data (missing file, malformed TOML, schema), 4 output could not be written.
Figures are estimates for an experimental therapy, not medical advice.)";

}  // namespace

ParsedArgs parse_args(int argc, const char* const* argv) {
  CLI::App app{"Estimate what a stem cell treatment trip for cerebral palsy costs: treatment, extra infusions,\n"
               "flights, accommodation, meals and local transport, and visas, each as a low-high range in USD,\n"
               "with the source of every figure.",
               "cpcost"};
  app.set_version_flag("--version", "cpcost " CPCOST_VERSION);
  app.footer(kFooter);
  app.get_formatter()->column_width(30);

  Invocation invocation;
  Query& query = invocation.query;

  app.add_option("--country", query.country, "Destination id or alias, any case (mexico, panama, india, thailand,\n"
                                              "ukraine, georgia, united-states, western-europe)")
      ->required()
      ->type_name("ID");
  app.add_option("--infusions", query.infusions, "Infusions per cycle (default: those one cycle includes)")
      ->type_name("N")
      ->check(whole_number(1, QueryLimits::max_infusions));
  app.add_option("--cycles", query.cycles, "Treatment cycles, each its own trip")
      ->type_name("N")
      ->check(whole_number(1, QueryLimits::max_cycles))
      ->capture_default_str();
  app.add_option("--companions", query.companions, "Caregivers traveling with the patient (default: 1)")
      ->type_name("N")
      ->check(whole_number(0, QueryLimits::max_companions));
  app.add_option("--from", query.origin, "Where the travelers fly from (default: north-america):\n" + known_origins())
      ->type_name("REGION")
      ->transform(one_of({kOrigins.begin(), kOrigins.end()}));
  app.add_option("--nights", query.nights, "Nights in all, instead of the protocol's stay")
      ->type_name("N")
      ->check(whole_number(0, QueryLimits::max_nights));
  const std::map<std::string, Format> formats{
      {"table", Format::table}, {"json", Format::json}, {"csv", Format::csv}, {"markdown", Format::markdown}};
  std::string format = "table";
  app.add_option("--format", format, "Output format: table (default), json, csv or markdown")
      ->type_name("FORMAT")
      ->transform(one_of({"table", "json", "csv", "markdown"}));
  app.add_flag("-q,--quiet", invocation.quiet, "Leave out the source footnotes and the disclaimer");
  app.add_flag("--no-color", invocation.no_color, "Never colour the output (also: NO_COLOR set)");
  app.add_option("--data", invocation.data_dir, "Read destinations from DIR/destinations/*.toml\n"
                                                "instead of the bundled data")
      ->type_name("DIR");

  try {
    app.parse(argc, argv);
  } catch (const CLI::CallForHelp&) {
    return {std::nullopt, app.help()};
  } catch (const CLI::CallForVersion& version) {
    return {std::nullopt, std::string(version.what()) + "\n"};
  } catch (const CLI::ParseError& error) {
    throw Error(ErrorKind::usage, error.what());
  }

  invocation.format = formats.at(format);
  return {std::move(invocation), {}};
}

}  // namespace cpcost
