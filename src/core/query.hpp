#pragma once
// What the user asks: one destination, one protocol, one party of travelers.

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "core/money.hpp"
#include "core/range.hpp"
#include "core/simulate.hpp"

namespace cpcost {

// Bounds on what a query may ask. Beyond them a number is a typo, not a plan;
// within them no estimate can overflow (amounts are bounded by the data layer).
struct QueryLimits {
  static constexpr int max_infusions = 50;  // per cycle
  static constexpr int max_cycles = 20;
  static constexpr int max_companions = 10;
  static constexpr int max_nights = 1000;  // in all, across cycles
};

// Defaults for what a query leaves out. The estimate says which it used.
inline constexpr int kDefaultCompanions = 1;  // most patients travel with a caregiver
inline constexpr std::string_view kDefaultOrigin = "north-america";

struct Quote;

// Your own figures, in the estimate's currency: each replaces the data's
// figure of one cost item (its override option: --flight, --nightly, ...).
class Overrides {
 public:
  // The figure for the item with this id; null when the family gave none.
  const MoneyRange* find(std::string_view item) const {
    for (const auto& [id, figure] : figures_) {
      if (id == item) return &figure;
    }
    return nullptr;
  }
  // item: a cost item's id, which outlives the overrides (the item table's).
  void set(std::string_view item, const MoneyRange& figure);
  bool empty() const { return figures_.empty(); }

  friend bool operator==(const Overrides&, const Overrides&) = default;

 private:
  std::vector<std::pair<std::string_view, MoneyRange>> figures_;  // a few at most: a flat list
};

struct Query {
  std::string country;                // a destination id or alias, any case
  std::optional<int> infusions;       // per cycle; default: those one cycle includes
  int cycles = 1;
  std::optional<int> companions;      // default: kDefaultCompanions
  std::optional<std::string> origin;  // default: kDefaultOrigin
  std::optional<int> nights;          // in all; default: from the protocol
  std::optional<Money> budget;        // what the family can spend, if it says (in the currency)
  std::optional<std::string> currency;  // default: US dollars
  Overrides overrides;
  std::optional<std::int64_t> contingency_bp;  // a reserve, in basis points of everything else
  std::optional<std::int64_t> fx_fee_bp;       // bank and card fees, in basis points of what is spent abroad
  const Quote* quote = nullptr;                // a clinic's quote for this destination (owned by the caller)
  std::optional<Sampling> sampling;            // likely ranges: draws and seed (core/simulate.hpp)
};

}  // namespace cpcost
