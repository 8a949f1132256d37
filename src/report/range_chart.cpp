#include "report/range_chart.hpp"

#include <algorithm>

#include "report/format_money.hpp"
#include "report/text_table.hpp"

namespace cpcost {

namespace {
// Wide enough for any product of two amounts; __extension__ marks the GNU type as intended.
__extension__ using Wide = __int128;
}  // namespace

RangeChart::RangeChart(Money from, Money to, std::size_t width, bool unicode, std::optional<Money> marker,
                       std::string currency)
    : from_(from),
      to_(std::max(from, to)),
      width_(std::max<std::size_t>(width, 2)),
      unicode_(unicode),
      marker_(marker && *marker >= from_ && *marker <= to_ ? marker : std::nullopt),
      currency_(std::move(currency)) {}

std::size_t RangeChart::column_of(Money amount) const {
  if (amount <= from_) return 0;
  if (amount >= to_) return width_ - 1;
  // Nearest column, in 128-bit arithmetic so that no product overflows.
  const Wide offset = static_cast<Wide>(amount.cents()) - from_.cents();
  const Wide span = static_cast<Wide>(to_.cents()) - from_.cents();
  const Wide columns = static_cast<Wide>(width_ - 1);
  return static_cast<std::size_t>((offset * columns * 2 + span) / (span * 2));
}

std::string RangeChart::bar(const MoneyRange& range) const {
  const std::string fill = unicode_ ? "\u2588" : "#";
  const std::string rule = unicode_ ? "\u2502" : "|";
  const std::size_t first = column_of(range.low);
  std::size_t last = column_of(range.high);
  const std::size_t marker = marker_column();
  // Room for the "+" of an open high: after the bar, or in its last cell at the edge.
  const bool open_at_edge = range.high_open && last == width_ - 1;
  std::string text;
  for (std::size_t column = 0; column < width_; ++column) {
    if (column >= first && column <= last) {
      text += open_at_edge && column == last && last > first ? "+" : fill;
    } else if (range.high_open && column == last + 1) {
      text += "+";
    } else if (column == marker) {
      text += rule;
    } else {
      text += " ";
    }
  }
  while (!text.empty() && text.back() == ' ') text.pop_back();
  return text;
}

std::vector<std::string> RangeChart::axis() const {
  const std::string line = unicode_ ? "\u2500" : "-";
  std::string rule = unicode_ ? "\u251c" : "|";
  const std::size_t marker = marker_column();
  for (std::size_t column = 1; column + 1 < width_; ++column) {
    rule += column == marker ? (unicode_ ? "\u253c" : "+") : line;
  }
  rule += unicode_ ? "\u2524" : "|";

  // Labels: the low end at the left, the high end at the right, the budget
  // under its rule when it leaves a space on both sides.
  const MoneyFormat money{currency_, false};
  const std::string left = format_money(round_to_units(from_), money);
  const std::string right = format_money(round_to_units(to_), money);
  std::string labels(width_, ' ');
  auto place = [&](const std::string& label, std::size_t at) {
    if (at + label.size() > width_) return false;
    for (std::size_t i = 0; i < label.size(); ++i) {
      const bool taken = labels[at + i] != ' ' || (at + i > 0 && labels[at + i - 1] != ' ') ||
                         (at + i + 1 < width_ && labels[at + i + 1] != ' ');
      if (taken) return false;
    }
    labels.replace(at, label.size(), label);
    return true;
  };
  place(left, 0);
  if (right.size() < width_) place(right, width_ - right.size());
  if (marker_) {
    const std::string budget = "budget " + format_money(round_to_units(*marker_), money);
    const std::size_t at = marker >= budget.size() / 2 ? marker - budget.size() / 2 : 0;
    place(budget, std::min(at, width_ > budget.size() ? width_ - budget.size() : 0));
  }
  while (!labels.empty() && labels.back() == ' ') labels.pop_back();
  return {rule, labels};
}

}  // namespace cpcost
