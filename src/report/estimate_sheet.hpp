#pragma once
// An estimate laid out for people, once, for the table, Markdown and HTML: the
// rows with their cells as text, the notes under them, the numbered sources.

#include <array>
#include <string>
#include <vector>

#include "core/estimate.hpp"
#include "report/footnotes.hpp"
#include "report/format_money.hpp"
#include "report/render.hpp"

namespace cpcost {

struct SheetRow {
  enum class Kind { header, line, subtotal, total };
  std::array<std::string, 6> cells;  // item, quantity, unit cost, low, high, source
  Kind kind = Kind::line;
  MoneyRange range{};  // what low and high show, for a chart; none in the header
};

struct SheetNote {
  std::string_view label;  // "", "Advisory", "Entry"; in the summary "Total", "Plan", ...
  std::string text;
  int footnote = 0;  // 0: none
  bool strong = false;  // to stand out where the format can (the budget)
  int level = 0;        // an advisory's numbered level, for its colour; 0: none
  bool alarm = false;   // to stand out as a warning where the format can (over the budget)
};

struct EstimateSheet {
  std::string title;
  // What a parent reads first, before any line: the total, the budget, the
  // advisory where the treatment happens, the plan, and a warning for each
  // contradiction between the plan and the data.
  std::vector<SheetNote> summary;
  std::vector<SheetRow> rows;
  std::vector<SheetNote> notes;  // assumptions, quote, package, currency, budget; then advisories and entry rules
  Footnotes footnotes;
};

EstimateSheet estimate_sheet(const Estimate& estimate, const RenderOptions& options);

}  // namespace cpcost
