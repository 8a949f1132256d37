#include "core/plan.hpp"

#include <algorithm>

namespace cpcost {

namespace {

struct Tried {
  PlanStep step;
  bool fits = false;
};

// One plan tried: infusions in each of cycles, within the budget at the confidence? Its size is
// the infusions when cycles is 1, else the cycles.
Tried attempt(const Catalog& catalog, Query query, int infusions, int cycles, const PlanQuery& plan_query) {
  query.infusions = infusions;
  query.cycles = cycles;
  query.budget = plan_query.budget;
  if (!query.sampling) query.sampling = Sampling{};
  const Estimate e = estimate(catalog, query);
  const Simulation& likely = *e.simulation;
  Tried tried;
  tried.step.size = cycles > 1 ? cycles : infusions;
  tried.step.probability_within = likely.probability_within.value_or(0);
  const double confidence = static_cast<double>(plan_query.confidence_bp) / 10'000.0;
  tried.step.total_at_confidence = likely.total_at(confidence * 100.0);
  tried.step.open = likely.open_from && tried.step.total_at_confidence.cents() >= *likely.open_from;
  tried.fits = tried.step.probability_within >= confidence;
  return tried;
}

}  // namespace

Plan plan(const Catalog& catalog, const PlanQuery& query) {
  Plan result;
  result.query = query.query;
  result.budget = query.budget;
  result.confidence_bp = query.confidence_bp;

  for (const Destination* destination : destinations_named(catalog, query.countries)) {
    Query base = query.query;
    base.country = destination->id;
    PlanRow row;
    row.destination = destination;
    // The infusions one cycle includes: fewer cost the same, so the smallest plan has them
    // (asked of an estimate without draws: only its count is wanted).
    Query count_only = base;
    count_only.sampling.reset();
    const Estimate counted = estimate(catalog, count_only);
    const int included = counted.infusions_included;
    row.infusions_included = included;
    row.contradictions = counted.contradictions;
    const Tried smallest = attempt(catalog, base, included, 1, query);
    row.smallest = smallest.step;
    if (!smallest.fits) {
      row.short_by = smallest.step.total_at_confidence - query.budget;
      result.rows.push_back(row);
      continue;
    }
    // Totals grow with infusions and with cycles: the first that does not fit ends each search.
    PlanStep best = smallest.step;
    for (int infusions = included + 1; infusions <= QueryLimits::max_infusions; ++infusions) {
      const Tried more = attempt(catalog, base, infusions, 1, query);
      if (!more.fits) break;
      best = more.step;
    }
    row.infusions = best;
    row.at_limit_infusions = best.size == QueryLimits::max_infusions;
    best = smallest.step;
    best.size = 1;
    for (int cycles = 2; cycles <= QueryLimits::max_cycles; ++cycles) {
      const Tried more = attempt(catalog, base, included, cycles, query);
      if (!more.fits) break;
      best = more.step;
    }
    row.cycles = best;
    row.at_limit_cycles = best.size == QueryLimits::max_cycles;
    result.rows.push_back(row);
  }
  std::sort(result.rows.begin(), result.rows.end(),
            [](const PlanRow& a, const PlanRow& b) { return a.destination->name < b.destination->name; });
  return result;
}

}  // namespace cpcost
