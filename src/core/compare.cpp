#include "core/compare.hpp"

#include <algorithm>
#include <numeric>

namespace cpcost {

namespace {

// The median where the estimate has likely ranges, else the mid-point.
Money sort_value(const Estimate& estimate, SortKey key) {
  const Simulation* likely = estimate.simulation ? &*estimate.simulation : nullptr;
  switch (key) {
    case SortKey::treatment:
      return likely ? likely->treatment.at(50) : estimate.treatment.mid();
    case SortKey::travel:
      return likely ? likely->travel.at(50) : estimate.travel.mid();
    case SortKey::total:
    case SortKey::name:
      break;
  }
  return likely ? likely->total.at(50) : estimate.total.mid();
}

}  // namespace

Comparison compare(const Catalog& catalog, const ComparisonQuery& query) {
  // Which destinations, each once, whatever names the user gave them; quotes only: their own rows.
  const std::vector<const Destination*> chosen = query.countries.empty() && !query.quotes.empty()
                                                     ? std::vector<const Destination*>{}
                                                     : destinations_named(catalog, query.countries);

  Comparison comparison;
  comparison.query = query.query;
  comparison.budget = query.query.budget;
  comparison.sort = query.sort;
  if (query.only_fits && comparison.budget) comparison.hidden.emplace();
  auto add = [&](Query one) {
    Estimate row = estimate(catalog, one);
    if (comparison.hidden && row.fit && *row.fit != BudgetFit::fits) {
      HiddenRows& hidden = *comparison.hidden;
      ++(*row.fit == BudgetFit::may_fit ? hidden.may_fit : hidden.over);
      const bool lower = !hidden.lowest || row.total.low < hidden.lowest->total.low ||
                         (row.total.low == hidden.lowest->total.low && row.destination->name < hidden.lowest->destination->name);
      if (lower) hidden.lowest = std::move(row);
      return;
    }
    comparison.rows.push_back(std::move(row));
  };
  for (const Quote* quote : query.quotes) {
    Query one = query.query;
    one.country = quote->destination;
    one.quote = quote;
    add(one);
  }
  for (const Destination* destination : chosen) {
    Query one = query.query;
    one.country = destination->id;
    one.quote = nullptr;
    add(one);
  }

  // Sorted by their places, then moved once into that order: swapping whole
  // estimates inside the sort made GCC 12 at -O3 warn of an uninitialized
  // vector in a swapped temporary (a false alarm, but warnings are errors).
  std::vector<std::size_t> order(comparison.rows.size());
  std::iota(order.begin(), order.end(), std::size_t{0});
  std::stable_sort(order.begin(), order.end(), [&](std::size_t i, std::size_t j) {
    const Estimate& a = comparison.rows[i];
    const Estimate& b = comparison.rows[j];
    if (query.sort != SortKey::name) {
      const Money value_a = sort_value(a, query.sort);
      const Money value_b = sort_value(b, query.sort);
      if (value_a != value_b) return value_a < value_b;
    }
    return a.destination->name < b.destination->name;
  });
  std::vector<Estimate> sorted;
  sorted.reserve(order.size());
  for (const std::size_t i : order) sorted.push_back(std::move(comparison.rows[i]));
  comparison.rows = std::move(sorted);
  return comparison;
}

}  // namespace cpcost
