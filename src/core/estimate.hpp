#pragma once
// The cost model: Query x Catalog -> Estimate. Pure: no I/O, no printing.

#include <array>
#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/budget.hpp"
#include "core/catalog.hpp"
#include "core/cost_items.hpp"
#include "core/query.hpp"
#include "core/quote.hpp"
#include "core/range.hpp"
#include "core/simulate.hpp"

namespace cpcost {

// One factor of a line's quantity: "2 travelers", "5 nights".
struct Factor {
  std::int64_t count = 0;
  // What is counted; its words are words_of(of), not copied into each line (two
  // words a factor made a line a quarter larger, and a batch counts every line of every row).
  Count of = Count::cycles;
};

// A line's factors: as many as its item's (ItemFactors::kMax at most), in a
// fixed array, so that an estimate costs few allocations (batch runs make millions).
class Factors {
 public:
  Factors() = default;
  // Throws std::length_error past kMax: a table entry with too many. Inline: every line adds one or two.
  void add(const Factor& factor) {
    if (size_ == items_.size()) too_many();
    items_[size_++] = factor;
  }
  const Factor* begin() const { return items_.data(); }
  const Factor* end() const { return items_.data() + size_; }
  Factor* begin() { return items_.data(); }
  Factor* end() { return items_.data() + size_; }
  std::size_t size() const { return size_; }
  // Sets each factor's count to counts[what it counts] and returns their
  // product. Both slots are set whatever the size, an unused one to 1 (beyond
  // size_: never seen): a loop of one factor or two, changing from line to
  // line, was a mispredicted branch on many lines of a batch's rows.
  template <std::size_t N>
  std::int64_t count_from(const std::array<std::int64_t, N>& counts) {
    static_assert(ItemFactors::kMax == 2);
    const std::int64_t first = size_ >= 1 ? counts[static_cast<std::size_t>(items_[0].of)] : 1;
    const std::int64_t second = size_ == 2 ? counts[static_cast<std::size_t>(items_[1].of)] : 1;
    items_[0].count = first;
    items_[1].count = second;
    return first * second;  // bounded by QueryLimits: cannot overflow
  }
  // Their product, the same way: 1 for none.
  std::int64_t product() const {
    const std::int64_t first = size_ >= 1 ? items_[0].count : 1;
    const std::int64_t second = size_ == 2 ? items_[1].count : 1;
    return first * second;  // bounded by QueryLimits: cannot overflow
  }

 private:
  [[noreturn]] static void too_many();
  std::array<Factor, ItemFactors::kMax> items_{};
  std::size_t size_ = 0;
};

struct LineItem {
  const CostItem* item = nullptr;  // its definition; null for an adjustment
  std::string_view id;       // stable: a cost item's (kCostItems), or an adjustment's: fx_fee, contingency
  std::string_view name;     // "Flights, round trip"; the item's words when they are its label (in the catalog)
  std::string_view arrival;  // flights landing outside the destination: where (in the catalog)
  bool quoted = false;       // the figure is a clinic's quote's: "Treatment cycle, quoted"
  LineGroup group = LineGroup::travel;
  Paid paid = Paid::abroad;     // where it is spent: fees abroad (--fx-fee) fall on what is paid abroad
  Factors factors;              // quantity = their product
  std::string_view unit;        // what one unit of the quantity is: "cycle", "room-night", ...
  MoneyRange unit_cost;
  MoneyRange cost;              // unit_cost x quantity - included, or percent of base
  const Provenance* provenance = nullptr;  // into the catalog, the quote, or the user's figures (static)
  MoneyRange included;          // what a quoted package already covers: not charged again
  std::int64_t included_units = 0;  // of the quantity, how many the package covers (accommodation)
  std::int64_t percent_bp = 0;  // an adjustment: its share of base, in basis points
  MoneyRange base;              // an adjustment: what it is a share of
  // Where the figure's typical value lies between its low and high, 0 to 1; empty: none given (a uniform draw).
  std::optional<double> typical_at;

  std::int64_t quantity() const { return factors.product(); }
  // For people: "Flights to Rzeszów, Poland, round trip".
  std::string label() const;
};

// Where the query asks for what the data says cannot be, or not so: the
// estimate prices what was asked all the same, and carries each such
// contradiction for the report to state.
struct Contradiction {
  enum class Kind : std::uint8_t {
    companions_over_entry_rule,  // more companions than an entry rule admits (India: two attendants)
    nights_under_protocol,       // --nights fewer than the protocol's stay (Thailand: 21)
    cycles_over_nights,          // more cycles, each its own trip, than --nights
  };
  Kind kind = Kind::companions_over_entry_rule;
  int asked = 0;  // the companions, nights or cycles asked for
  int limit = 0;  // the rule's most companions, the protocol's nights, the nights asked for
  const EntryRule* rule = nullptr;  // companions_over_entry_rule: the rule, in the catalog

  friend bool operator==(const Contradiction&, const Contradiction&) = default;
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
  std::string_view origin;     // one of kOrigins (static)
  std::size_t origin_slot = 0;  // its place in kOrigins
  bool origin_from_query = false;
  int nights = 0;  // in all
  bool nights_from_query = false;
  int days = 0;  // in all: each trip's nights plus its day of arrival
  int rooms = 0;
  std::vector<const EntryRule*> entry_rules;  // the destination's that concern these travelers (by origin)

  std::string_view currency;               // of every amount: the rate's code (in the catalog)
  const ExchangeRate* rate = nullptr;      // from US dollars, into the catalog
  const Quote* quote = nullptr;            // the clinic's quote the treatment comes from, if any
  const ExchangeRate* quote_rate = nullptr;  // the quote's own currency

  std::vector<LineItem> lines;
  MoneyRange treatment;    // subtotal of the treatment group
  MoneyRange travel;       // subtotal of travel & stay
  MoneyRange adjustments;  // contingency and fees
  MoneyRange total;

  std::optional<Money> budget;
  std::optional<BudgetFit> fit;  // with a budget: how the total compares

  std::optional<Simulation> simulation;  // with Query::sampling: the likely range, and the budget's chance

  std::vector<Contradiction> contradictions;  // in Kind's order; empty for most queries
};

// Meals and local transport are one daily figure in the data; a package that
// includes one of them takes off its share (an assumption, see README: in the
// Guadalajara breakdown, local transport is 32 of 101 USD a day).
inline constexpr std::int64_t kLocalTransportShareBp = 3200;
inline constexpr std::int64_t kMealsShareBp = 10'000 - kLocalTransportShareBp;
extern const Provenance kMealsTransportSplit;

// Throws a usage Error for an unknown country, origin or currency, or a query
// the arithmetic cannot hold. The lines are the destination's cost items, in
// the item table's order, then the adjustments the query asks for.
Estimate estimate(const Catalog& catalog, const Query& query);

// The lines a destination's estimates start from, one set per destination and
// origin: each cost item's figure found, converted and described, not yet
// counted. They depend on nothing else but what a batch or sweep holds fixed
// from row to row (the currency, the quote, the family's own figures, likely
// ranges or not), so a run keeps them and each estimate copies its set instead
// of finding every figure again (a batch makes millions of estimates from a few
// dozen sets). Made when first asked for; all made again when the fixed part changes.
class LineTemplates {
 public:
  const std::vector<LineItem>& lines_for(const Catalog& catalog, const Query& query, const Estimate& result);
  // The destination named, as find_destination finds it, through an index of
  // the catalog's names made once (DestinationIndex). Throws as find_destination.
  const Destination& destination(const Catalog& catalog, std::string_view name);
  // The catalog's US dollar rate, found in its map of currencies once for each
  // catalog (by its address, as the templates are): a batch row's estimate
  // makes no string-keyed lookup.
  const ExchangeRate& usd(const Catalog& catalog);

  // The estimate estimate(catalog, query) makes, made in the one last made
  // from the same set of lines, whose lines are that set already: they are
  // counted again where they are, not copied (3.6 KB a batch row, a tenth of
  // its time). Valid until the next call. Throws as estimate.
  const Estimate& estimate(const Catalog& catalog, const Query& query);

 private:
  friend void estimate_into(const Catalog&, const Query&, Estimate&, LineTemplates*);
  // What estimate_into does with templates; lines_made: where the generation
  // of the set result.lines holds is kept (0: none), or null for a result whose
  // lines are not known; the destination and origin slot, when found already.
  void estimate_into(const Catalog& catalog, const Query& query, Estimate& result, std::uint64_t* lines_made,
                     const Destination* destination_found = nullptr,
                     std::optional<std::size_t> origin_found = std::nullopt);

  const Catalog* catalog_ = nullptr;
  const ExchangeRate* rate_ = nullptr;
  const Quote* quote_ = nullptr;
  bool sampling_ = false;
  Overrides overrides_;
  std::vector<std::optional<std::vector<LineItem>>> known_;  // by destination, then origin (kOrigins)
  std::uint64_t generation_ = 0;  // known_'s: one more each time the fixed part changes
  const DestinationIndex& index_of(const Catalog& catalog);  // made once for each catalog
  std::optional<DestinationIndex> index_;
  const Catalog* usd_of_ = nullptr;  // the catalog usd_ is of (usd())
  const ExchangeRate* usd_ = nullptr;
  // By destination and origin as known_: the last estimate made from each set
  // of lines, and the generation of the set its lines are (0: none).
  std::vector<std::unique_ptr<Estimate>> made_;  // made when first used: a catalog may have many destinations
  std::vector<std::uint64_t> made_from_;
  Estimate unplaced_;  // a query of no known destination or origin: estimated here, to throw its error
};

// The same into result, reusing its vectors' capacity (batch runs make
// millions), and with templates, the lines set out before for its destination
// and origin: the same estimate, made faster. On a throw, result is left partly
// filled: not to be read.
void estimate_into(const Catalog& catalog, const Query& query, Estimate& result, LineTemplates* templates = nullptr);

}  // namespace cpcost
