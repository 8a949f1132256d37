#pragma once
// Every destination (or a chosen few) under one query, side by side. Each row
// is the estimate for that destination: the same engine, nothing recomputed.

#include <optional>
#include <string>
#include <vector>

#include "core/estimate.hpp"
#include "core/quote.hpp"

namespace cpcost {

enum class SortKey { total, treatment, travel, name };

struct ComparisonQuery {
  Query query;                         // its country is ignored; its budget applies to every row
  std::vector<std::string> countries;  // ids or aliases; empty: every destination
  SortKey sort = SortKey::total;
  bool only_fits = false;              // with a budget: hide what does not fit
  std::vector<const Quote*> quotes;    // clinics' quotes, each a row (then only countries named are added)
};

// What --only-fits left out: a family told only "nothing fits" would not learn
// that a destination may fit, or how far over the cheapest is.
struct HiddenRows {
  std::size_t may_fit = 0;
  std::size_t over = 0;
  std::optional<Estimate> lowest;  // the hidden row with the lowest low total (ties: by name)
};

struct Comparison {
  Query query;                 // as asked, its country unused
  std::vector<Estimate> rows;  // sorted as the query asks
  std::optional<Money> budget;
  SortKey sort = SortKey::total;
  std::optional<HiddenRows> hidden;  // with --only-fits
};

// Sorted by the key's mid-point, ascending (names for SortKey::name); ties by
// destination name. Throws a usage Error for an unknown country, as estimate does.
Comparison compare(const Catalog& catalog, const ComparisonQuery& query);

}  // namespace cpcost
