#include "app/run.hpp"

#include "app/settings.hpp"
#include "app/stream_rows.hpp"
#include "app/validate.hpp"
#include "core/compare.hpp"
#include "core/plan.hpp"
#include "core/cost_items.hpp"
#include "core/error.hpp"
#include "core/estimate.hpp"
#include "data/bundled_catalog.hpp"
#include "data/load_catalog.hpp"
#include "data/load_quote.hpp"
#include "data/read_data_dir.hpp"
#include "data/saved_result.hpp"
#include "io/output.hpp"
#include "report/render.hpp"

namespace cpcost {

namespace {

// Exit code of an estimate whose low total is over the budget: a result, not an error.
constexpr int kOverBudget = 1;

std::vector<const Quote*> quote_pointers(const std::vector<Quote>& quotes) {
  std::vector<const Quote*> pointers;
  for (const auto& quote : quotes) pointers.push_back(&quote);
  return pointers;
}

int run_command(const Settings& settings, const QuerySweep& sweep, const Catalog& catalog, Output& out,
                const std::vector<Quote>& quotes) {
  switch (settings.command) {
    case Command::config:
    case Command::validate:
      break;  // run before the catalog is loaded
    case Command::estimate: {
      // Several countries and nothing else varying, read on a terminal: the
      // comparison a person wants (the rows for scripts when a format is asked).
      if (sweep.is_sweep() && !sweep.sweeps_options() && settings.to_terminal && !settings.format_given) {
        const ComparisonQuery query{sweep.at(0), sweep.countries, settings.sort, false, {}};
        out.write(render(compare(catalog, query), Format::table, settings.render));
        return 0;
      }
      if (sweep.is_sweep()) {
        stream_estimate_sweep(settings, sweep, catalog, out);
        return 0;
      }
      const Estimate result = estimate(catalog, sweep.at(0));
      out.write(render(result, settings.format, settings.render));
      return result.fit == BudgetFit::over ? kOverBudget : 0;
    }
    case Command::compare:
      if (sweep.sweeps_options()) {
        stream_compare_sweep(settings, sweep, catalog, out, quote_pointers(quotes));
      } else {
        const ComparisonQuery query{sweep.at(0), settings.countries, settings.sort, settings.only_fits,
                                    quote_pointers(quotes)};
        out.write(render(compare(catalog, query), settings.format, settings.render));
      }
      return 0;
    case Command::batch:
      return stream_batch(settings, sweep, catalog, out);
    case Command::plan: {
      if (sweep.size() > 1) throw Error(ErrorKind::usage, "cpcost plan takes one value for each option, not a sweep");
      const PlanQuery query{sweep.at(0), settings.countries, *sweep.budget,
                            std::int64_t{settings.confidence_percent} * 100};
      out.write(render(plan(catalog, query), settings.format, settings.render));
      return 0;
    }
    case Command::countries:
      out.write(render(catalog, settings.format, settings.render));
      return 0;
    case Command::show:
      out.write(render(find_destination(catalog, settings.show_id), settings.format, settings.render));
      return 0;
    case Command::checklist:
      if (catalog.checklist.items.empty()) {
        throw Error(ErrorKind::data, settings.data_dir.value_or("(data)") +
                                         "/checklist.toml: no such file (the checklist lives there)");
      }
      out.write(render(catalog.checklist, settings.format, settings.render));
      return 0;
    case Command::diff:
      out.write(render(diff_results(read_saved_result(settings.diff_old), read_saved_result(settings.diff_new)),
                       settings.format, settings.render));
      return 0;
  }
  return 0;
}

// --rate: the family's rate for --currency takes the data's place, marked as theirs.
void use_your_rate(Catalog& catalog, const Settings& settings) {
  const auto& currency = settings.sweep.currency;
  if (!currency || *currency == kBaseCurrency) {
    throw Error(ErrorKind::usage, "--rate: gives the rate of --currency per US dollar; name the currency too (--currency MXN)");
  }
  catalog.currencies.rates[*currency] = ExchangeRate{*currency, *settings.rate_micros, your_figure("--rate")};
}

}  // namespace

int run(const Settings& settings) {
  Output out = settings.output ? Output(*settings.output) : Output();

  if (settings.command == Command::config) {
    out.write(render(settings.rows, settings.format, settings.render));
    out.commit();
    return 0;
  }
  if (settings.command == Command::validate) {
    const ValidationReport report = validate(settings);
    out.write(render(report, settings.format, settings.render));
    out.commit();
    return report.problems.empty() ? 0 : exit_code(ErrorKind::data);
  }

  // diff reads only its two files; every other command, the catalog.
  const Date& today = settings.render.today;
  Catalog catalog = settings.command == Command::diff ? Catalog{}
                    : settings.data_dir               ? load_catalog(read_data_dir(*settings.data_dir), today)
                                                      : bundled_catalog();
  if (settings.rate_micros) use_your_rate(catalog, settings);
  // Quotes, loaded against the catalog; owned here, for as long as the estimates that use them.
  std::vector<Quote> quotes;
  for (const auto& path : settings.quotes) quotes.push_back(load_quote(path, catalog, today));
  QuerySweep sweep = settings.sweep;
  // Likely ranges by default for one estimate or comparison; opt-in (--draws) where rows stream.
  const bool streams = settings.command == Command::batch || (settings.command == Command::estimate && sweep.is_sweep()) ||
                       (settings.command == Command::compare && sweep.sweeps_options());
  if (!sweep.draws && !streams) sweep.draws = Sampling{}.draws;
  if (settings.command == Command::estimate && !quotes.empty()) {
    sweep.quote = &quotes.front();
    if (sweep.countries.empty()) sweep.countries = {quotes.front().destination};  // the quote names its destination
  }
  if (sweep.currency && !catalog.currencies.find(*sweep.currency) && settings.command != Command::diff) {
    const std::string problem = "no exchange rate for '" + *sweep.currency + "'; the data has: " + catalog.currencies.codes();
    if (settings.currency_from_config) throw Error(ErrorKind::data, *settings.currency_from_config, "currency: " + problem);
    throw Error(ErrorKind::usage, "--currency: " + problem);
  }
  const int code = run_command(settings, sweep, catalog, out, quotes);
  out.commit();
  return code;
}

}  // namespace cpcost
