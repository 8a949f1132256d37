#pragma once
// Likely ranges: Monte Carlo over an estimate's ranges. Each line's figure is
// drawn once per trip (the same nightly rate for every night of a stay, the same
// fare for every traveler on a trip; a plan of several cycles draws each trip's
// share of a line anew), uniformly between its low and high — the data gives
// bounds and nothing more — or, where the data gives a typical value, from a
// PERT distribution (a Beta with that mode); independently of the other lines; a
// figure derived from the first cycle's price (follow-up cycles, extra infusions
// by the rule) moves with it. Adjustments are recomputed on each outcome. Amounts
// stay integer cents; a percentile's rank and a probability are doubles.

#include <array>
#include <cstdint>
#include <optional>
#include <vector>

#include "core/money.hpp"

namespace cpcost {

struct Estimate;

struct Sampling {
  std::uint64_t draws = 10'000;
  std::uint64_t seed = 1;  // fixed by default: the same query prints the same numbers everywhere

  friend bool operator==(const Sampling&, const Sampling&) = default;
};

// The draw limits a query may ask for.
inline constexpr std::uint64_t kMinDraws = 100;
inline constexpr std::uint64_t kMaxDraws = 1'000'000;

// P10, P25, P50, P75 and P90 of an amount over the outcomes.
inline constexpr std::array<int, 5> kPercentiles = {10, 25, 50, 75, 90};

struct Percentiles {
  std::array<Money, 5> values;  // in kPercentiles' order
  // Each percentile that reaches an open-ended figure's stated high ("$100,000+"):
  // beyond it the source gives no bound, so the value is a floor.
  std::array<bool, 5> open{};

  Money at(int percentile) const;
  bool open_at(int percentile) const;
};

struct Simulation {
  Sampling sampling;
  Percentiles total, treatment, travel, adjustments;
  std::optional<double> probability_within;  // with a budget: the share of outcomes within it
  std::vector<std::int64_t> totals;          // every outcome's total, in cents (in no particular order)
  // The total from which a percentile reaches an open-ended figure's stated high; empty: none open.
  std::optional<std::int64_t> open_from;

  // The total at any percentile (0 to 100), as the five above are computed.
  Money total_at(double percentile) const;
};

// Percentiles of the estimate's total and subtotals, and with a budget the
// chance of staying within it. Pure: the same estimate and sampling give the
// same result everywhere.
Simulation simulate(const Estimate& estimate, const Sampling& sampling);

}  // namespace cpcost
