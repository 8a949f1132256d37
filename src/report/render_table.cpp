#include <fmt/format.h>

#include <array>

#include "report/footnotes.hpp"
#include "report/format_money.hpp"
#include "report/render.hpp"
#include "report/wording.hpp"

namespace cpcost {

namespace {

constexpr std::string_view kBold = "\x1b[1m";
constexpr std::string_view kYellow = "\x1b[33m";
constexpr std::string_view kDim = "\x1b[2m";
constexpr std::string_view kReset = "\x1b[0m";

enum class RowStyle { header, line, subtotal, total };

struct Row {
  std::array<std::string, 6> cells;  // item, quantity, unit cost, low, high, source
  RowStyle style = RowStyle::line;
};

// Terminal columns of UTF-8 text: one per code point (the data is Latin script).
std::size_t display_width(std::string_view text) {
  std::size_t width = 0;
  for (char c : text) width += (static_cast<unsigned char>(c) & 0xC0) != 0x80;
  return width;
}

std::string pad(std::string_view text, std::size_t width, bool right) {
  return right ? fmt::format("{:>{}}", text, width) : fmt::format("{:<{}}", text, width);
}

class Styler {
 public:
  explicit Styler(bool color) : color_(color) {}
  std::string operator()(std::string_view style, std::string_view text) const {
    return color_ ? fmt::format("{}{}{}", style, text, kReset) : std::string(text);
  }

 private:
  bool color_;
};

}  // namespace

std::string render_table(const Estimate& estimate, const RenderOptions& options) {
  const Footnotes footnotes(estimate);
  const bool cents = needs_cents(estimate);
  const Styler style(options.color);
  auto money = [&](Money amount) { return format_dollars(amount, cents); };
  auto high = [&](const MoneyRange& range) { return money(range.high) + (range.high_open ? "+" : ""); };
  // Footnote markers point at the sources list, which --quiet leaves out.
  auto marker = [&](const Provenance& provenance) {
    return options.quiet ? std::string() : fmt::format("[{}]", footnotes.number_of(provenance));
  };

  std::vector<Row> rows;
  rows.push_back({{"Item", "Quantity", "Unit cost", "Low", "High", options.quiet ? "" : "Source"}, RowStyle::header});
  auto subtotal = [&](std::string label, const MoneyRange& range) {
    rows.push_back({{std::move(label), "", "", money(range.low), high(range), ""}, RowStyle::subtotal});
  };
  for (std::size_t i = 0; i < estimate.lines.size(); ++i) {
    const LineItem& line = estimate.lines[i];
    rows.push_back({{line.label, describe_quantity(line), format_range(line.unit_cost, cents), money(line.cost.low),
                     high(line.cost), marker(*line.provenance)}});
    const bool last_of_group = i + 1 == estimate.lines.size() || estimate.lines[i + 1].group != line.group;
    if (last_of_group) {
      if (line.group == LineGroup::treatment) subtotal("Treatment subtotal", estimate.treatment);
      else subtotal("Travel & stay subtotal", estimate.travel);
    }
  }
  // The mid-point sits in the total row's unit-cost cell: whole dollars unless the table shows cents.
  const Money mid = cents ? estimate.total.mid() : round_to_units(estimate.total.mid());
  rows.push_back({{"Total", "", "mid-point " + money(mid), money(estimate.total.low), high(estimate.total), ""},
                  RowStyle::total});

  std::array<std::size_t, 6> widths{};
  for (const auto& row : rows) {
    for (std::size_t c = 0; c < widths.size(); ++c) widths[c] = std::max(widths[c], display_width(row.cells[c]));
  }

  std::string out;
  out += style(kBold, fmt::format("Stem cell treatment for cerebral palsy in {}: estimated cost in USD",
                                  destination_title(*estimate.destination)));
  out += "\n\n";
  for (const auto& row : rows) {
    std::string text;
    for (std::size_t c = 0; c < widths.size(); ++c) {
      const bool right = c == 2 || c == 3 || c == 4;
      if (c > 0) text += "  ";
      text += pad(row.cells[c], widths[c], right);
    }
    while (!text.empty() && text.back() == ' ') text.pop_back();
    const bool strong = row.style == RowStyle::header || row.style == RowStyle::subtotal || row.style == RowStyle::total;
    out += (strong ? style(kBold, text) : text) + "\n";
  }

  out += "\n" + assumptions_sentence(estimate) + "\n";
  for (const auto& advisory : estimate.destination->advisories) {
    out += style(kYellow, "Advisory: ") + describe_advisory(advisory);
    out += options.quiet ? "\n" : " " + marker(advisory.provenance) + "\n";
  }
  for (const auto& rule : estimate.destination->entry_rules) {
    out += "Entry: " + rule.summary;
    out += options.quiet ? "\n" : " " + marker(rule.provenance) + "\n";
  }

  if (!options.quiet) {
    out += "\nSources:\n";
    const auto& notes = footnotes.notes();
    const std::size_t number_width = display_width(fmt::format("[{}]", notes.size()));
    for (std::size_t i = 0; i < notes.size(); ++i) {
      out += style(kDim, fmt::format("{:>{}} {}", fmt::format("[{}]", i + 1), number_width, describe_provenance(*notes[i])));
      out += "\n";
    }
    out += "\n" + std::string(kDisclaimer) + "\n";
  }
  return out;
}

}  // namespace cpcost
