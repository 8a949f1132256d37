#pragma once
// What a budget can buy: for each destination, the largest plan whose total
// stays within the budget at a given confidence (the share of drawn trips within
// it, core/simulate.hpp): the most infusions in one cycle, and the most cycles.
// Each answer is an estimate of the same engine, so `cpcost --country ID
// --infusions N --budget B` says the same.

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/estimate.hpp"

namespace cpcost {

struct PlanQuery {
  Query query;                         // companions, origin, currency, overrides...; its country, infusions and cycles are the plan's
  std::vector<std::string> countries;  // ids, aliases or all; empty: every destination
  Money budget;
  std::int64_t confidence_bp = 8000;   // the share of drawn trips that must stay within the budget
};

// One answer: a plan's size, its chance within the budget, and its total at the confidence.
struct PlanStep {
  int size = 0;  // infusions in one cycle, or cycles
  double probability_within = 0;
  Money total_at_confidence;
  bool open = false;  // that total reaches an open-ended figure's stated high
};

struct PlanRow {
  const Destination* destination = nullptr;
  int infusions_included = 0;
  PlanStep smallest;                 // one cycle of the infusions it includes
  std::optional<PlanStep> infusions;  // the most infusions in one cycle; empty when even the smallest is over
  std::optional<PlanStep> cycles;     // the most cycles of the included infusions; likewise
  bool at_limit_infusions = false;    // the answer is the most a query may ask (QueryLimits), not the budget's
  bool at_limit_cycles = false;
  // With no plan that fits: how much more the smallest needs at the confidence.
  Money short_by;
  // What the data contradicts in the query, in every plan of the row (more companions than an entry rule admits).
  std::vector<Contradiction> contradictions;
};

struct Plan {
  Query query;
  Money budget;
  std::int64_t confidence_bp = 8000;
  std::vector<PlanRow> rows;  // by destination name
};

// Throws as estimate does (an unknown country, a query the arithmetic cannot hold).
Plan plan(const Catalog& catalog, const PlanQuery& query);

}  // namespace cpcost
