#pragma once
// The cost items, defined once: every line an estimate can have before its
// adjustments, with what it counts, where the data gives its figure, whether
// it is paid at home or abroad, what a clinic's quote does to it and the
// option that replaces it with the family's own figure. The data layer reads a
// destination's figures from this table, the estimate prices its lines from
// it, and cpcost show lists them from it: adding an item is one entry here
// plus its data and tests.

#include <array>
#include <cstdint>
#include <span>
#include <string>
#include <string_view>

#include "core/inclusion.hpp"
#include "core/provenance.hpp"
#include "core/range.hpp"

namespace cpcost {

enum class LineGroup : std::uint8_t { treatment, travel, adjustment };

// A count of the estimate that a line's quantity multiplies.
enum class Count : std::uint8_t { cycles, first_cycle, follow_ups, trips, extra_infusions, travelers, nights, rooms, days };

struct CountWords {
  std::string_view singular;
  std::string_view plural;
};
// Inline: every line of every estimate names its factors.
constexpr CountWords words_of(Count count) {
  switch (count) {
    case Count::cycles:
    case Count::first_cycle:
    case Count::follow_ups:
      return {"cycle", "cycles"};
    case Count::trips:
      return {"trip", "trips"};
    case Count::extra_infusions:
      return {"infusion", "infusions"};
    case Count::travelers:
      return {"traveler", "travelers"};
    case Count::nights:
      return {"night", "nights"};
    case Count::rooms:
      return {"room", "rooms"};
    case Count::days:
      break;
  }
  return {"day", "days"};
}

// What a line's quantity is the product of: one count or two, no more.
class ItemFactors {
 public:
  static constexpr std::size_t kMax = 2;
  constexpr ItemFactors(Count only) : counts_{only, only}, size_(1) {}
  constexpr ItemFactors(Count first, Count second) : counts_{first, second}, size_(2) {}
  constexpr std::span<const Count> counts() const { return {counts_.data(), size_}; }

 private:
  std::array<Count, kMax> counts_;
  std::size_t size_;
};

// Where the money is spent: bank and card fees (--fx-fee) fall on what is paid abroad.
enum class Paid : std::uint8_t { at_home, abroad };

// How the data gives an item's figure: one, or one per origin region (kOrigins).
enum class Shape : std::uint8_t { one, per_origin };

// What a clinic's quote does to the line.
enum class QuoteRule : std::uint8_t {
  none,
  replaces,       // the quote's price, in its currency, is the figure ("Treatment cycle, quoted")
  may_replace,    // the quote may give its own price for it
  covers_nights,  // the package's nights cover one room
  covers_days,    // the package's meals or local transport cover a share of each day
  covered,        // the package's inclusion (CostItem::inclusion) covers the whole line
};

// How a figure the data leaves out is derived, one rule applied the same way
// to every destination (its provenance says so): never a figure from a
// different kind of price.
enum class Derive : std::uint8_t {
  none,                   // the data must give it, or the destination has no such line
  per_included_infusion,  // the first cycle's price divided by the infusions it includes
  follow_up_ratio,        // the first cycle's price at the ratio of follow-up rounds to first rounds
};

// What the item's own words in the data (words_key) do to its label.
enum class Words : std::uint8_t {
  none,
  arrival,  // where it lands, when not in the destination: "Flights to Rzeszów, Poland, round trip"
  label,    // the words are the label: "Train from Rzeszów to Kyiv, round trip"
};

struct CostItem {
  std::string_view id;        // stable, for machines: "flights"
  std::string_view label;     // for people: "Flights, round trip"
  std::string_view unit;      // what one unit of the quantity is: "round trip"
  LineGroup group;
  ItemFactors factors;
  Paid paid;
  std::string_view data_key;  // the destination file's table: "flights"
  Shape shape;
  bool required;              // every destination gives it; otherwise a destination without it has no such line
  std::string_view words_key;  // a text beside the figure in that table: "arrival"; empty: none
  Words words;
  QuoteRule quote;
  Inclusion inclusion;        // QuoteRule::covered: the inclusion that covers it
  Derive derive;              // when the data leaves the figure out
  std::string_view override_option;  // "--nightly": the family's own figure replaces the data's; empty: none
  std::string_view shown_as;  // cpcost show's label of the figure; "{origin}" stands for each origin
  Provenance yours;           // the provenance of the family's own figure: "Yours: --nightly"
};

// In the order of an estimate's lines.
extern const std::array<CostItem, 11> kCostItems;

// The rules' provenances (Derive), shown as the derived figure's source.
extern const Provenance kPerIncludedInfusion;
extern const Provenance kFollowUpRatio;
// The follow-up ratio at each end of a range, in basis points of the first cycle's price.
inline constexpr std::int64_t kFollowUpLowBp = 5263;   // 5,000 / 9,500
inline constexpr std::int64_t kFollowUpHighBp = 5333;  // 8,000 / 15,000

// A figure by its rule, from the first cycle's price and the infusions it
// includes (both as the estimate or the data has them), in whole units
// rounded half to even, and the rule's provenance. Throws MoneyOverflow when
// it does not fit.
MoneyRange derived_range(Derive rule, const MoneyRange& first_cycle, int infusions_included);
const Provenance* derived_provenance(Derive rule);

// What no line prices, said with every estimate ("Not included").
extern const std::array<std::string_view, 5> kNotIncluded;

using CostItems = std::span<const CostItem>;

// The item with id in items; null for none.
const CostItem* find_item(CostItems items, std::string_view id);

// The provenance of a figure the family gives (--nightly): theirs, never cited as a source.
Provenance your_figure(std::string_view option);

}  // namespace cpcost
