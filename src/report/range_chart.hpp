#pragma once
// A range chart: each range drawn as a bar from its low to its high on one
// shared scale, so that overlapping ranges show at a glance.

#include <optional>
#include <string>
#include <vector>

#include "core/currency.hpp"
#include "core/range.hpp"

namespace cpcost {

class RangeChart {
 public:
  // The scale runs from `from` (column 0) to `to` (the last column) over width
  // columns, labelled in currency. marker (a budget) is drawn as a rule across the
  // empty cells when it lies on the scale; off it, a rule at an edge would mislead.
  RangeChart(Money from, Money to, std::size_t width, bool unicode, std::optional<Money> marker = std::nullopt,
             std::string currency = std::string(kBaseCurrency));

  // The bar within width columns (no trailing spaces), and a "+" after an open high.
  std::string bar(const MoneyRange& range) const;
  // The scale: a rule with end ticks, then the labels of both ends (and of the
  // marker, when it fits), each at most width columns.
  std::vector<std::string> axis() const;

  std::size_t column_of(Money amount) const;
  std::size_t width() const { return width_; }
  // The marker's column, or kNoColumn when there is none on the scale: a plain
  // index (not an optional, which GCC 12 at -O2 reports as maybe uninitialized
  // where it cannot be).
  static constexpr std::size_t kNoColumn = static_cast<std::size_t>(-1);
  std::size_t marker_column() const { return marker_ ? column_of(*marker_) : kNoColumn; }

 private:
  Money from_;
  Money to_;
  std::size_t width_;
  bool unicode_;
  std::optional<Money> marker_;
  std::string currency_;
};

}  // namespace cpcost
