#include "core/sweep.hpp"

#include <algorithm>
#include <limits>

#include "core/text.hpp"

namespace cpcost {

[[gnu::hot]] std::uint64_t QuerySweep::size() const {
  // One value each, as every row of most batches has: one query, without the products.
  if (countries.size() <= 1 && infusions.size() == 1 && cycles.size() == 1 && companions.size() == 1 &&
      origins.size() == 1 && nights.size() == 1) {
    return 1;
  }
  std::uint64_t total = 1;
  for (const std::size_t count : {std::max<std::size_t>(countries.size(), 1), infusions.size(), cycles.size(), companions.size(), origins.size(),
                                  nights.size()}) {
    if (__builtin_mul_overflow(total, static_cast<std::uint64_t>(count), &total)) {
      return std::numeric_limits<std::uint64_t>::max();
    }
  }
  return total;
}

std::string QuerySweep::describe_size() const {
  std::string text;
  auto factor = [&text](std::size_t count, std::string_view what) {
    if (count < 2) return;
    text += (text.empty() ? "" : " x ") + group_thousands(count) + " " + std::string(what);
  };
  factor(countries.size(), "destinations");
  factor(infusions.size(), "infusions");
  factor(cycles.size(), "cycles");
  factor(companions.size(), "companions");
  factor(origins.size(), "origins");
  factor(nights.size(), "nights");
  return text;
}

std::string too_many_rows(std::string_view what, std::uint64_t rows, std::uint64_t max_rows, std::uint64_t limit,
                          std::string_view factors) {
  if (rows <= max_rows) return {};
  std::string text = std::string(what) + " means " + group_thousands(rows) + " rows" +
                     (factors.empty() ? "" : " (" + std::string(factors) + ")") + ", more than --max-rows allows (" +
                     group_thousands(max_rows) + "): narrow it";
  if (rows <= limit) text += ", or give --max-rows " + std::to_string(rows);
  return text;
}

bool QuerySweep::is_sweep() const {
  if (size() > 1) return true;
  for (const auto& country : countries) {
    if (equal_ignoring_case(country, "all")) return true;
  }
  return false;
}

bool QuerySweep::sweeps_options() const {
  QuerySweep options = *this;
  options.countries.clear();
  return options.size() > 1;
}

Query QuerySweep::at(std::uint64_t index) const {
  Query query;
  at(index, query);
  return query;
}

void QuerySweep::at(std::uint64_t index, Query& query) const {
  fixed_into(query);
  varying_at(index, query);
}

void QuerySweep::fixed_into(Query& query) const {
  query.budget = budget;
  query.currency = currency;
  query.overrides = overrides;
  query.contingency_bp = contingency_bp;
  query.fx_fee_bp = fx_fee_bp;
  query.quote = quote;
  query.sampling.reset();
  if (draws) query.sampling = Sampling{*draws, seed.value_or(Sampling{}.seed)};
}

[[gnu::hot]] void QuerySweep::varying_at(std::uint64_t index, Query& query) const {
  // Mixed radix, the last digit fastest.
  auto digit = [&index](std::size_t base) -> std::size_t {
    if (base == 1) return 0;  // a factor of one value, as every factor of most batch rows: no division
    const std::size_t value = static_cast<std::size_t>(index % base);
    index /= base;
    return value;
  };
  query.nights = nights[digit(nights.size())];
  query.origin = origins[digit(origins.size())];
  query.companions = companions[digit(companions.size())];
  query.cycles = cycles[digit(cycles.size())];
  query.infusions = infusions[digit(infusions.size())];
  if (countries.empty()) {
    query.country.clear();
  } else {
    query.country = countries[digit(countries.size())];
  }
}

void expand_all_countries(QuerySweep& sweep, const Catalog& catalog) {
  sweep.countries = expand_all(sweep.countries, catalog);
}

}  // namespace cpcost
