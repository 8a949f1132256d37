#pragma once
// The cost model: Query x Catalog -> Estimate. Pure: no I/O, no printing.

#include <array>
#include <cstdint>
#include <initializer_list>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/budget.hpp"
#include "core/catalog.hpp"
#include "core/query.hpp"
#include "core/range.hpp"

namespace cpcost {

enum class LineGroup { treatment, travel };

// One factor of a line's quantity: "2 travelers", "5 nights".
struct Factor {
  std::int64_t count = 0;
  std::string_view singular;
  std::string_view plural;
};

// At most two factors: a small fixed array, so that an estimate costs few
// allocations (batch runs make millions).
class Factors {
 public:
  Factors(std::initializer_list<Factor> factors) {
    for (const Factor& factor : factors) items_[size_++] = factor;
  }
  const Factor* begin() const { return items_.data(); }
  const Factor* end() const { return items_.data() + size_; }
  std::size_t size() const { return size_; }

 private:
  std::array<Factor, 2> items_{};
  std::size_t size_ = 0;
};

struct LineItem {
  std::string_view id;       // stable: treatment, extra_infusions, flights, overland, accommodation, local_costs, visa
  std::string_view name;     // "Flights, round trip"; the overland leg's description (in the catalog)
  std::string_view arrival;  // flights landing outside the destination: where (in the catalog)
  LineGroup group = LineGroup::travel;
  Factors factors;              // quantity = their product
  std::string_view unit;        // what one unit of the quantity is: "cycle", "room-night", ...
  MoneyRange unit_cost;
  MoneyRange cost;
  const Provenance* provenance = nullptr;  // into the catalog

  std::int64_t quantity() const;
  // For people: "Flights to Rzeszów, Poland, round trip".
  std::string label() const;
};

struct Estimate {
  const Destination* destination = nullptr;  // into the catalog, which must outlive the estimate

  // The query as understood, defaults filled in.
  int infusions = 0;  // per cycle
  int infusions_included = 0;
  int extra_infusions = 0;  // per cycle
  int cycles = 0;
  int companions = 0;
  bool companions_from_query = false;
  int travelers = 0;
  std::string origin;
  bool origin_from_query = false;
  int nights = 0;  // in all
  bool nights_from_query = false;
  int days = 0;  // in all: each trip's nights plus its day of arrival
  int rooms = 0;

  std::vector<LineItem> lines;
  MoneyRange treatment;  // subtotal of the treatment group
  MoneyRange travel;     // subtotal of travel & stay
  MoneyRange total;

  std::optional<Money> budget;
  std::optional<BudgetFit> fit;  // with a budget: how the total compares
};

// Throws a usage Error for an unknown country or origin, or a query the
// arithmetic cannot hold.
Estimate estimate(const Catalog& catalog, const Query& query);

}  // namespace cpcost
