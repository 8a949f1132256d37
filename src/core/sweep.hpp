#pragma once
// A sweep: queries whose options each take one value or several
// ("--infusions 1..4 --companions 0..2"), expanded to their cartesian product
// one query at a time, so that any number of them streams in flat memory.

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/catalog.hpp"
#include "core/query.hpp"

namespace cpcost {

struct QuerySweep {
  std::vector<std::string> countries;  // ids or aliases; "all" for every destination; none: no country
  std::vector<std::optional<int>> infusions{std::nullopt};
  std::vector<int> cycles{1};
  std::vector<std::optional<int>> companions{std::nullopt};
  std::vector<std::optional<std::string>> origins{std::nullopt};
  std::vector<std::optional<int>> nights{std::nullopt};
  // The same in every query:
  std::optional<Money> budget;
  std::optional<std::string> currency;
  Overrides overrides;
  std::optional<std::int64_t> contingency_bp;
  std::optional<std::int64_t> fx_fee_bp;
  const Quote* quote = nullptr;
  // Likely ranges: on when draws are given (the estimate and compare give them by default).
  std::optional<std::uint64_t> draws;
  std::optional<std::uint64_t> seed;

  // The number of queries (saturating at the largest std::uint64_t).
  std::uint64_t size() const;
  // Its factors, those with several values: "8 destinations x 50 infusions x
  // 1,001 nights"; empty for one query.
  std::string describe_size() const;
  // More than one query, or "all" destinations.
  bool is_sweep() const;
  // An option other than the country takes several values: compare then streams rows.
  bool sweeps_options() const;
  // The index-th query (0-based), in a stable order: country varies slowest,
  // then infusions, cycles, companions, origin, and nights fastest.
  Query at(std::uint64_t index) const;
  // The same into a query reused from one call to the next, keeping its strings'
  // and vectors' capacity: batch runs take millions. fixed_into, then varying_at.
  void at(std::uint64_t index, Query& query) const;
  // What every query of the sweep shares (budget, currency, your figures, the
  // quote, draws) into query.
  void fixed_into(Query& query) const;
  // The index-th query's own values (country, infusions, cycles, companions,
  // origin, nights) into a query that holds the fixed part already: a batch's
  // rows and a sweep's queries differ in these only, so their loops set the
  // fixed part once and copy these a row (copying the currency and your
  // figures again each row was a fifth of what made a row's query).
  void varying_at(std::uint64_t index, Query& query) const;
};

// "all" replaced by every destination id, in the catalog's order.
void expand_all_countries(QuerySweep& sweep, const Catalog& catalog);

// Why a run of rows rows is refused when at most max_rows are allowed, or ""
// when it is not: "... means 440,440,000 rows (...), more than --max-rows
// allows (10,000,000): narrow it, or give --max-rows 440440000". what: "the
// sweep", "the run"; factors: how the rows come about, or "".
std::string too_many_rows(std::string_view what, std::uint64_t rows, std::uint64_t max_rows, std::uint64_t limit,
                          std::string_view factors);

}  // namespace cpcost
