#include "report/range_chart_svg.hpp"

#include <fmt/format.h>

#include <algorithm>

#include "report/format_money.hpp"
#include "report/html.hpp"
#include "report/range_chart.hpp"

namespace cpcost {

namespace {

// In the viewBox's units; the SVG scales to its container, so these are proportions.
constexpr long kWidth = 400;
constexpr long kMargin = 8;    // room for the end ticks
constexpr long kRow = 40;      // a label and its bar
constexpr long kBar = 14;
constexpr long kLabel = 14;    // the label's baseline below the row's top
constexpr long kBarTop = 20;   // the bar's top below the row's top
constexpr long kMarkerRoom = 20;  // above the bars, for the budget's label

constexpr std::string_view kRangeFill = "#a9c3e3";
constexpr std::string_view kLikelyFill = "#3569a8";
constexpr std::string_view kInk = "#1b1b1b";
constexpr std::string_view kBudgetInk = "#b42318";

}  // namespace

std::string range_chart_svg(const std::vector<ChartBar>& bars, Money from, Money to, std::optional<Money> budget,
                            std::string_view currency, std::string_view caption) {
  // One column of RangeChart per unit of width: its scale, rounding and budget rule, drawn.
  const RangeChart chart(from, to, static_cast<std::size_t>(kWidth - 2 * kMargin + 1), false, budget,
                         std::string(currency));
  auto x = [&](Money amount) { return kMargin + static_cast<long>(chart.column_of(amount)); };
  auto rect = [](long left, long top, long width, long height, std::string_view fill) {
    return fmt::format("<rect x=\"{}\" y=\"{}\" width=\"{}\" height=\"{}\" fill=\"{}\"/>\n", left, top,
                       std::max(width, 2L), height, fill);
  };
  const MoneyFormat whole{currency, false};
  const std::size_t marker = chart.marker_column();
  const bool marked = marker != RangeChart::kNoColumn;
  const long top = marked ? kMarkerRoom : 0;
  const long axis = top + static_cast<long>(bars.size()) * kRow + 6;
  const long height = axis + 24;

  std::string out = fmt::format("<svg class=\"chart\" viewBox=\"0 0 {} {}\" role=\"img\" aria-label=\"{}\">\n", kWidth,
                                height, html_escape(caption));
  for (std::size_t i = 0; i < bars.size(); ++i) {
    const ChartBar& bar = bars[i];
    const long row = top + static_cast<long>(i) * kRow;
    out += fmt::format("<text x=\"{}\" y=\"{}\">{}</text>\n", kMargin, row + kLabel, html_escape(bar.label));
    out += fmt::format("<text x=\"{}\" y=\"{}\" text-anchor=\"end\">{}</text>\n", kWidth - kMargin, row + kLabel,
                       html_escape(bar.range_text));
    out += rect(x(bar.range.low), row + kBarTop, x(bar.range.high) - x(bar.range.low), kBar, kRangeFill);
    if (bar.likely) {
      out += rect(x(bar.likely->low), row + kBarTop, x(bar.likely->high) - x(bar.likely->low), kBar, kLikelyFill);
    }
    if (bar.median) out += rect(x(*bar.median) - 1, row + kBarTop - 3, 2, kBar + 6, kInk);
  }
  // The scale: a rule with end ticks, its ends labelled in whole units.
  out += fmt::format("<path d=\"M{0} {1}H{2}M{0} {3}V{4}M{2} {3}V{4}\" stroke=\"{5}\" fill=\"none\"/>\n", kMargin, axis,
                     kWidth - kMargin, axis - 4, axis + 4, kInk);
  out += fmt::format("<text x=\"{}\" y=\"{}\">{}</text>\n", kMargin, axis + 20,
                     html_escape(format_money(round_to_units(from), whole)));
  out += fmt::format("<text x=\"{}\" y=\"{}\" text-anchor=\"end\">{}</text>\n", kWidth - kMargin, axis + 20,
                     html_escape(format_money(round_to_units(std::max(from, to)), whole)));
  if (marked) {
    const long at = kMargin + static_cast<long>(marker);
    // The label over its rule, kept inside the picture near an edge.
    const std::string_view anchor = at < kWidth / 5 ? "start" : at > kWidth * 4 / 5 ? "end" : "middle";
    out += fmt::format("<path d=\"M{0} {1}V{2}\" stroke=\"{3}\" stroke-width=\"1.5\" stroke-dasharray=\"4 3\"/>\n", at,
                       top - 4, axis + 4, kBudgetInk);
    out += fmt::format("<text x=\"{}\" y=\"{}\" text-anchor=\"{}\">budget {}</text>\n", at, top - 8, anchor,
                       html_escape(format_money(round_to_units(*budget), whole)));
  }
  return out + "</svg>\n";
}

}  // namespace cpcost
