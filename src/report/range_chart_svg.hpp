#pragma once
// The range chart as inline SVG, for the HTML pages: the geometry of
// RangeChart (one shared scale, a column per unit of width), drawn as bars
// with their labels above them, the likely range and median inside a bar, and
// a budget as a dashed rule.

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/money.hpp"
#include "core/range.hpp"

namespace cpcost {

struct ChartBar {
  std::string label;       // plain text: "Total", "Mexico"
  std::string range_text;  // plain text: "$18,385-$42,293"
  MoneyRange range;
  std::optional<MoneyRange> likely;  // P10 to P90, drawn darker
  std::optional<Money> median;       // drawn as a tick
};

// An <svg> scaled to its container, from `from` to `to`; the budget drawn when
// it lies on the scale. caption: what the chart shows, for screen readers.
std::string range_chart_svg(const std::vector<ChartBar>& bars, Money from, Money to, std::optional<Money> budget,
                            std::string_view currency, std::string_view caption);

}  // namespace cpcost
