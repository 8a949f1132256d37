#include "app/run.hpp"

#include "app/settings.hpp"
#include "app/stream_rows.hpp"
#include "app/validate.hpp"
#include "cli/environment.hpp"
#include "core/compare.hpp"
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

// The options of a sweep other than the countries vary.
bool sweeps_options(const QuerySweep& sweep) {
  QuerySweep options = sweep;
  options.countries.clear();
  return options.size() > 1;
}

std::vector<const Quote*> quote_pointers(const std::vector<Quote>& quotes) {
  std::vector<const Quote*> pointers;
  for (const auto& quote : quotes) pointers.push_back(&quote);
  return pointers;
}

int run_command(const Invocation& invocation, const Catalog& catalog, const RenderOptions& options, Output& out,
                const std::vector<Quote>& quotes) {
  switch (invocation.command) {
    case Command::config:
    case Command::validate:
      break;  // run before the catalog is loaded
    case Command::estimate: {
      if (invocation.sweep.is_sweep()) {
        stream_estimate_sweep(invocation, catalog, options, out);
        return 0;
      }
      const Estimate result = estimate(catalog, invocation.sweep.at(0));
      out.write(render(result, invocation.format, options));
      return result.fit == BudgetFit::over ? kOverBudget : 0;
    }
    case Command::compare:
      if (sweeps_options(invocation.sweep)) {
        stream_compare_sweep(invocation, catalog, options, out, quote_pointers(quotes));
      } else {
        const ComparisonQuery query{invocation.sweep.at(0), invocation.countries, invocation.sort, invocation.only_fits,
                                    quote_pointers(quotes)};
        out.write(render(compare(catalog, query), invocation.format, options));
      }
      return 0;
    case Command::batch:
      return stream_batch(invocation, catalog, options, out);
    case Command::countries:
      out.write(render(catalog, invocation.format, options));
      return 0;
    case Command::show:
      out.write(render(find_destination(catalog, invocation.show_id), invocation.format, options));
      return 0;
    case Command::checklist:
      if (catalog.checklist.items.empty()) {
        throw Error(ErrorKind::data, *invocation.data_dir + "/checklist.toml: no such file (the checklist lives there)");
      }
      out.write(render(catalog.checklist, invocation.format, options));
      return 0;
    case Command::diff:
      out.write(render(diff_results(read_saved_result(invocation.diff_old), read_saved_result(invocation.diff_new)),
                       invocation.format, options));
      return 0;
  }
  return 0;
}

}  // namespace

int run(const Invocation& given) {
  Invocation invocation = given;
  const ResolvedSettings settings = resolve_settings(invocation);
  const RenderOptions options = render_options(invocation);
  Output out = invocation.output ? Output(*invocation.output) : Output();

  if (invocation.command == Command::config) {
    out.write(render(settings.rows, invocation.format, options));
    out.commit();
    return 0;
  }
  if (invocation.command == Command::validate) {
    const ValidationReport report = validate(invocation, settings, options.today);
    out.write(render(report, invocation.format, options));
    out.commit();
    return report.problems.empty() ? 0 : exit_code(ErrorKind::data);
  }

  // diff reads only its two files; every other command, the catalog.
  const Catalog catalog = invocation.command == Command::diff ? Catalog{}
                          : invocation.data_dir ? load_catalog(read_data_dir(*invocation.data_dir), options.today)
                                                : bundled_catalog();
  // Quotes, loaded against the catalog; owned here, for as long as the estimates that use them.
  std::vector<Quote> quotes;
  for (const auto& path : invocation.quotes) quotes.push_back(load_quote(path, catalog, options.today));
  if (invocation.command == Command::estimate && !quotes.empty()) {
    invocation.sweep.quote = &quotes.front();
    if (invocation.sweep.countries == std::vector<std::string>{"(from the quote)"}) {
      invocation.sweep.countries = {quotes.front().destination};
    }
  }
  if (invocation.sweep.currency && !catalog.currencies.find(*invocation.sweep.currency) &&
      invocation.command != Command::diff) {
    const std::string problem =
        "no exchange rate for '" + *invocation.sweep.currency + "'; the data has: " + catalog.currencies.codes();
    if (settings.currency_from_config) throw Error(ErrorKind::data, *settings.currency_from_config, "currency: " + problem);
    throw Error(ErrorKind::usage, "--currency: " + problem);
  }
  const int code = run_command(invocation, catalog, options, out, quotes);
  out.commit();
  return code;
}

}  // namespace cpcost
