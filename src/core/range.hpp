#pragma once
// A low-high range of money. high_open marks an upper bound the source gives
// as "or more" (the seed guide's "$100,000+"); it carries through sums.

#include "core/money.hpp"

namespace cpcost {

struct MoneyRange {
  Money low;
  Money high;
  bool high_open = false;

  static MoneyRange exactly(Money amount) { return {amount, amount, false}; }

  MoneyRange operator+(const MoneyRange& other) const {
    return {low + other.low, high + other.high, high_open || other.high_open};
  }
  MoneyRange& operator+=(const MoneyRange& other) { return *this = *this + other; }
  MoneyRange times(std::int64_t factor) const {
    // Zero of an open range is still exactly zero.
    return {low.times(factor), high.times(factor), high_open && factor != 0};
  }
  Money mid() const { return midpoint(low, high); }

  friend bool operator==(const MoneyRange&, const MoneyRange&) = default;
};

}  // namespace cpcost
