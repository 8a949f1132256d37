#include "report/rows.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <charconv>
#include <optional>

#include "report/csv.hpp"
#include "report/format_money.hpp"
#include "report/json_document.hpp"
#include "report/json_rows.hpp"
#include "report/markdown.hpp"
#include "report/row_text.hpp"
#include "report/text_table.hpp"
#include "report/wording.hpp"

namespace cpcost {

void append_decimal(std::string& out, Money amount) { RowText(out).decimal(amount); }

namespace {

template <class Integer>
void append_integer(std::string& out, Integer value) {
  char digits[RowText::kIntegerChars];
  out.append(digits, std::to_chars(digits, digits + sizeof digits, value).ptr);
}

// The inputs of a scenario as understood, as cells: shared by every format.
struct QueryCells {
  std::string_view country;
  int infusions, cycles, companions;
  std::string_view from;
  int nights, travelers;
  explicit QueryCells(const Estimate& e)
      : country(e.destination->id),
        infusions(e.infusions),
        cycles(e.cycles),
        companions(e.companions),
        from(e.origin),
        nights(e.nights),
        travelers(e.travelers) {}
};

// ---- CSV: RFC 4180 through csv_field; numbers bare.

class CsvRows : public RowWriter {
 public:
  explicit CsvRows(const RowLayout& layout) : layout_(layout) {}

  void header(std::string& out) override {
    std::vector<std::string> names{"scenario"};
    if (layout_.input_row) names.emplace_back("input_row");
    if (!layout_.key_column.empty()) names.push_back(layout_.key_column);
    if (layout_.rank) names.emplace_back("rank");
    for (const char* name : {"country", "infusions", "cycles", "companions", "from", "nights", "travelers"}) {
      names.emplace_back(name);
    }
    if (layout_.items) {
      for (const char* name : {"item", "label", "quantity", "unit", "unit_low", "unit_high", "low", "mid", "high"}) {
        names.emplace_back(name);
      }
    } else {
      for (const char* name : {"treatment_low", "treatment_mid", "treatment_high", "travel_low", "travel_mid",
                               "travel_high", "adjustments_low", "adjustments_mid", "adjustments_high", "total_low",
                               "total_mid", "total_high"}) {
        names.emplace_back(name);
      }
    }
    names.emplace_back("high_open");
    if (layout_.budget) {
      names.emplace_back("budget");
      names.emplace_back("fit");
    }
    names.emplace_back("currency");
    names.emplace_back("stale");
    names.emplace_back("advisory_level");
    names.emplace_back("advisory");
    names.emplace_back("warnings");
    if (layout_.likely) {
      for (const char* name : {"total_p10", "total_p50", "total_p90"}) names.emplace_back(name);
      if (layout_.budget) names.emplace_back("probability_within");
    }
    out += csv_record(names);
  }

  [[gnu::hot]] void row(std::string& out, const ScenarioRow& row) override {
    const Estimate& e = *row.estimate;
    RowText text(out, layout_.items ? RowText::kDefaultRoom : RowText::kCsvRoom);
    if (!layout_.items) {
      summary(text, row, e);
      return;
    }
    for (const LineItem& line : e.lines) {
      start(text, row);
      text << line.id << ',';
      field(text, line.label());
      text << ',';
      text.integer(line.quantity()) << ',' << line.unit << ',';
      text.decimal(line.unit_cost.low) << ',';
      text.decimal(line.unit_cost.high) << ',';
      amounts(text, {&line.cost});
      finish(text, e, line.cost, false, stale_(line) ? "true" : "false");
    }
    const std::pair<std::string_view, const MoneyRange*> sums[] = {{"treatment_subtotal", &e.treatment},
                                                                   {"travel_subtotal", &e.travel},
                                                                   {"adjustments_subtotal", &e.adjustments},
                                                                   {"total", &e.total}};
    for (const auto& [id, range] : sums) {
      start(text, row);
      text << id << ',';
      text << (id == "total"                ? "Total"
               : id == "treatment_subtotal" ? "Treatment subtotal"
               : id == "travel_subtotal"    ? "Travel & stay subtotal"
                                            : "Adjustments subtotal");
      text << ",,,,,";
      amounts(text, {range});
      finish(text, e, *range, id == "total", "");
    }
  }

  void footer(std::string&) override {}

 private:
  // A field as RFC 4180 writes it (csv.hpp): as it is when plain, as most are.
  void field(RowText& text, std::string_view value) {
    if (csv_plain(value)) {
      text << value;
      return;
    }
    quoted_.clear();
    append_csv_field(quoted_, value);
    text << quoted_;
  }

  // The cells every row starts with: the scenario's number, its input row and
  // key (head), then its rank and the query as understood (query_cells).
  void start(RowText& text, const ScenarioRow& row) {
    head(text, row);
    const QueryCells cells(*row.estimate);
    text.bounded(kQueryCellsMost + cells.country.size() + cells.from.size(),
                 [&](char* at) { return query_cells(at, row, cells); });
  }

  void head(RowText& text, const ScenarioRow& row) {
    text.integer(row.scenario) << ',';
    if (layout_.input_row) text.integer(row.input_row) << ',';
    if (!layout_.key_column.empty()) {
      field(text, row.key);
      text << ',';
    }
  }

  // A rank and five counts, each with its comma, and the commas after the two
  // names: what query_cells writes besides the names.
  static constexpr std::size_t kQueryCellsMost = 6 * (RowText::kIntegerChars + 1) + 2;
  char* query_cells(char* at, const ScenarioRow& row, const QueryCells& cells) const {
    if (layout_.rank) {
      at = row_chars::integer(at, row.rank);
      *at++ = ',';
    }
    at = row_chars::text(at, cells.country);
    *at++ = ',';
    for (const int value : {cells.infusions, cells.cycles, cells.companions}) {
      at = row_chars::integer(at, value);
      *at++ = ',';
    }
    at = row_chars::text(at, cells.from);
    *at++ = ',';
    for (const int value : {cells.nights, cells.travelers}) {
      at = row_chars::integer(at, value);
      *at++ = ',';
    }
    return at;
  }

  // Low, mid and high of each range, each followed by a comma.
  static char* amount_cells(char* at, std::initializer_list<const MoneyRange*> ranges) {
    for (const MoneyRange* range : ranges) {
      for (const Money amount : {range->low, range->mid(), range->high}) {
        at = row_chars::decimal(at, amount);
        *at++ = ',';
      }
    }
    return at;
  }

  // The same into text, in one stretch.
  static void amounts(RowText& text, std::initializer_list<const MoneyRange*> ranges) {
    text.bounded(ranges.size() * 3 * (RowText::kDecimalChars + 1), [&](char* at) { return amount_cells(at, ranges); });
  }

  // The summary row's stale cell: the ids of the stale lines (stale_ids), written
  // straight into the row. Ids and ';' need no CSV quoting.
  void stale_ids(RowText& text, const Estimate& e) {
    bool first = true;
    for (const LineItem& line : e.lines) {
      if (!stale_(line)) continue;
      if (!first) text << ';';
      first = false;
      text << line.id;
    }
  }

  // The advisory cells (level, words) of a destination, as CSV: the same on
  // each of its rows, so made once per destination rather than once per row.
  std::string_view advisory_cells(const Destination& destination) {
    for (const auto& [known, cells] : advisories_) {
      if (known == &destination) return cells;
    }
    std::string cells;
    if (const auto advisory = treatment_advisory(destination)) append_integer(cells, advisory->level);
    cells += ',';
    append_csv_field(cells, advisory_line(destination));
    return advisories_.emplace_back(&destination, std::move(cells)).second;
  }

  // The row of a scenario without --items, millions of them in a batch: the
  // cells after the key (counts, the twelve amounts, high_open) in one
  // stretch of bounded length, and those from currency to warnings, which
  // repeat, copied whole from described_cells.
  void summary(RowText& text, const ScenarioRow& row, const Estimate& e) {
    // Found first, written last: finding them is a chain of dependent steps
    // (which lines are stale, the key, the table), which the processor works
    // through while it formats the amounts; asked for where they are written,
    // the rest of the row waited for it (1.6 % of a CSV batch's time, the mean
    // of four builds).
    const std::string_view described = described_cells(e);
    head(text, row);
    const QueryCells cells(e);
    const std::size_t most =
        kQueryCellsMost + cells.country.size() + cells.from.size() + 12 * (RowText::kDecimalChars + 1) + 5;
    text.bounded(most, [&](char* at) {
      at = amount_cells(query_cells(at, row, cells), {&e.treatment, &e.travel, &e.adjustments, &e.total});
      return row_chars::text(at, e.total.high_open ? std::string_view("true") : std::string_view("false"));
    });
    budget_cells(text, e, true);
    text << ',' << described;
    likely_cells(text, e, true);
    text << "\r\n";
  }

  // The stale cell: stale_cell, or the stale lines' ids of stale_lines_of (the summary row).
  void finish(RowText& text, const Estimate& e, const MoneyRange& range, bool with_budget, std::string_view stale_cell,
              const Estimate* stale_lines_of = nullptr) {
    text.boolean(range.high_open);
    budget_cells(text, e, with_budget);
    text << ',';
    described(text, e, stale_cell, stale_lines_of);
    likely_cells(text, e, with_budget);
    text << "\r\n";
  }

  // With --budget: the budget and the fit, on the rows that carry them; empty on the others.
  void budget_cells(RowText& text, const Estimate& e, bool with_budget) {
    if (!layout_.budget) return;
    text << ',';
    if (with_budget && e.budget) text.decimal(*e.budget);
    text << ',';
    if (with_budget && e.fit) text << describe(*e.fit);
  }

  // The cells from currency to warnings.
  void described(RowText& text, const Estimate& e, std::string_view stale_cell, const Estimate* stale_lines_of) {
    text << e.currency << ',' << stale_cell;
    if (stale_lines_of) stale_ids(text, *stale_lines_of);
    // The advisory where the treatment happens: its level (empty where none is numbered) and its words.
    text << ',' << advisory_cells(*e.destination);
    // What the data says against the query, by id: the same on every row of a scenario.
    text << ',';
    for (std::size_t i = 0; i < e.contradictions.size(); ++i) {
      if (i > 0) text << ';';
      text << contradiction_id(e.contradictions[i].kind);
    }
  }

  // A summary row's cells from currency to warnings, as described() writes them:
  // they depend only on the destination, the currency, which lines are stale
  // and what the data contradicts, so each such set is written once and kept
  // (a row then copies one piece, not eight).
  std::string_view described_cells(const Estimate& e) {
    if (e.lines.size() > 64 || e.contradictions.size() > 32) {  // more than the key holds: written afresh each time
      unkept_.clear();
      RowText text(unkept_);
      described(text, e, {}, &e);
      return unkept_;
    }
    const std::uint64_t stale_lines = stale_.stale_lines(e);  // bit i: line i is stale
    std::uint64_t warnings = 0;  // each contradiction's kind, plus one, in 2 bits
    for (std::size_t i = 0; i < e.contradictions.size(); ++i) {
      warnings |= (static_cast<std::uint64_t>(e.contradictions[i].kind) + 1) << (2 * i);
    }
    // Open addressing in a table that fits the first-level cache: a run has a
    // few hundred such sets at most; past three quarters full, a new set
    // takes its home slot's place.
    const std::uint64_t key = reinterpret_cast<std::uintptr_t>(e.destination) ^ (stale_lines * 0x9E3779B97F4A7C15ULL) ^
                              (warnings << 40) ^ reinterpret_cast<std::uintptr_t>(e.currency.data());
    const std::size_t home = static_cast<std::size_t>((key * 0x9E3779B97F4A7C15ULL) >> (64 - kDescribedBits));
    std::size_t slot = home;
    for (; described_[slot].destination; slot = (slot + 1) % described_.size()) {
      const DescribedCells& known = described_[slot];
      if (known.destination == e.destination && known.currency == e.currency.data() &&
          known.stale_lines == stale_lines && known.warnings == warnings) {
        return known.text;
      }
    }
    if (described_filled_ < described_.size() / 4 * 3) {
      ++described_filled_;
    } else {
      slot = home;
    }
    DescribedCells& kept = described_[slot];
    kept.text.clear();
    {
      RowText text(kept.text);
      described(text, e, {}, &e);
    }
    kept.destination = e.destination;
    kept.currency = e.currency.data();
    kept.stale_lines = stale_lines;
    kept.warnings = warnings;
    return kept.text;
  }

  // With likely ranges: the total's percentiles on the summary and total rows; empty on the others.
  void likely_cells(RowText& text, const Estimate& e, bool with_budget) {
    if (!layout_.likely) return;
    const bool whole = with_budget && e.simulation;
    for (const int percentile : {10, 50, 90}) {
      text << ',';
      if (whole) text.decimal(e.simulation->total.at(percentile));
    }
    if (layout_.budget) {
      text << ',';
      if (whole && e.simulation->probability_within) text << fmt::format("{:.4f}", *e.simulation->probability_within);
    }
  }

  struct DescribedCells {
    const Destination* destination = nullptr;  // none: the slot holds nothing to find
    const char* currency = nullptr;            // the code's address: the rate's, for the run
    std::uint64_t stale_lines = 0;
    std::uint64_t warnings = 0;
    std::string text;
  };

  RowLayout layout_;
  StaleFigures stale_{layout_.today};  // each figure's age worked out once for the run
  std::string quoted_;  // a field that needs quotes, reused
  std::vector<std::pair<const Destination*, std::string>> advisories_;  // a handful: a flat list
  static constexpr int kDescribedBits = 9;
  std::array<DescribedCells, std::size_t{1} << kDescribedBits> described_;
  std::size_t described_filled_ = 0;
  std::string unkept_;
};

// ---- JSON Lines, and JSON: one object per scenario (json_rows.hpp).

// A row's object: the summary row written by SummaryJsonRow (fast, the same
// bytes), a row with --items through toml++ (row_object): rare, and long
// enough that the library's cost matters less.
class JsonRowObjects {
 public:
  explicit JsonRowObjects(const RowLayout& layout) : layout_(layout) {
    if (!layout.items) summary_.emplace(layout);
  }
  void append(std::string& out, const ScenarioRow& row) {
    if (summary_) summary_->append(out, row);
    else out += to_json_line(row_object(layout_, row));
  }

 private:
  RowLayout layout_;
  std::optional<SummaryJsonRow> summary_;
};

class JsonLinesRows : public RowWriter {
 public:
  explicit JsonLinesRows(const RowLayout& layout) : objects_(layout) {}
  void header(std::string&) override {}
  void row(std::string& out, const ScenarioRow& row) override {
    objects_.append(out, row);
    out += '\n';
  }
  void footer(std::string&) override {}

 private:
  JsonRowObjects objects_;
};

class JsonRows : public RowWriter {
 public:
  explicit JsonRows(const RowLayout& layout) : objects_(layout) {
    // The document comes from the library with a marker for its rows; the rows
    // go where the marker was, comma-separated.
    constexpr std::string_view kMarker = "\"cpcost:rows\"";
    const std::string document = to_json(json_document(
        layout.kind, toml::table{{"rows", toml::array{"cpcost:rows"}},
                                 {"disclaimer", kDisclaimer},
                                 {"not_included", not_included_array()},
                                 {"currency", layout.currency}}));
    const auto at = document.find(kMarker);
    head_ = document.substr(0, at);
    tail_ = document.substr(at + kMarker.size());
  }
  void header(std::string& out) override { out += head_; }
  void row(std::string& out, const ScenarioRow& row) override {
    if (!first_) out += ",\n";
    first_ = false;
    objects_.append(out, row);
  }
  void footer(std::string& out) override { out += tail_; }

 private:
  JsonRowObjects objects_;
  std::string head_, tail_;
  bool first_ = true;
};

// ---- Markdown and the table: for people; amounts with separators.

// The rows whose query the data contradicts: each marked, and the kinds seen so
// far, for the one note under the rows.
struct Contradicted {
  std::vector<Contradiction::Kind> kinds;
  std::string_view mark(const Estimate& e) {
    for (const Contradiction& contradiction : e.contradictions) {
      if (std::find(kinds.begin(), kinds.end(), contradiction.kind) == kinds.end()) kinds.push_back(contradiction.kind);
    }
    return e.contradictions.empty() ? std::string_view() : kContradictionMark;
  }
};

std::string range_text(const Estimate& e, const MoneyRange& range) { return format_range(range, MoneyFormat{e.currency, false}); }

class MarkdownRows : public RowWriter {
 public:
  explicit MarkdownRows(const RowLayout& layout) : layout_(layout) {}
  void header(std::string& out) override {
    std::vector<std::pair<std::string, bool>> columns{{"Scenario", true}};  // name, right-aligned
    if (layout_.input_row) columns.emplace_back("Row", true);
    if (!layout_.key_column.empty()) columns.emplace_back(layout_.key_column == "id" ? "Id" : "Name", false);
    if (layout_.rank) columns.emplace_back("Rank", true);
    destination_column_ = columns.size();
    for (const char* name : {"Destination", "Infusions", "Cycles", "Companions", "From", "Nights"}) {
      columns.emplace_back(name, false);
    }
    total_column_ = columns.size() + 2;
    for (const char* name : {"Treatment", "Travel & stay", "Total", "Mid"}) columns.emplace_back(name, true);
    if (layout_.budget) columns.emplace_back("Budget", false);
    columns.emplace_back("Advisory", false);
    std::string names, rule;
    for (const auto& [name, right] : columns) {
      names += " " + markdown_escape(name) + " |";
      rule += right ? "---:|" : ":---|";
    }
    width_ = columns.size();
    out += "|" + names + "\n|" + rule + "\n";
  }
  void row(std::string& out, const ScenarioRow& row) override {
    const Estimate& e = *row.estimate;
    std::vector<std::string> cells{std::to_string(row.scenario)};
    if (layout_.input_row) cells.push_back(std::to_string(row.input_row));
    if (!layout_.key_column.empty()) cells.push_back(markdown_escape(row.key));
    if (layout_.rank) cells.push_back(std::to_string(row.rank));
    const bool old = any_stale(e, layout_.today);
    any_stale_ = any_stale_ || old;
    cells.push_back(markdown_escape(e.destination->name + (old ? std::string(kStaleMark) : "") + std::string(contradicted_.mark(e))));
    for (int value : {e.infusions, e.cycles, e.companions}) cells.push_back(std::to_string(value));
    cells.emplace_back(e.origin);
    cells.push_back(std::to_string(e.nights));
    for (const MoneyRange* range : {&e.treatment, &e.travel, &e.total}) {
      cells.push_back(markdown_escape(range_text(e, *range)));
    }
    cells.push_back(markdown_escape(format_mid(e.total, MoneyFormat{e.currency, false})));
    if (layout_.budget) cells.push_back(e.fit ? std::string(describe(*e.fit)) : "");
    cells.push_back(markdown_escape(short_advisory(*e.destination)));
    out += fmt::format("| {} |\n", fmt::join(cells, " | "));
    if (!layout_.items) return;
    // Each line item under its scenario: its label where the destination is, its cost under Total.
    for (const LineItem& line : e.lines) {
      std::vector<std::string> item(width_);
      item[destination_column_] = markdown_escape(line.label());
      item[total_column_] = markdown_escape(range_text(e, line.cost));
      out += fmt::format("| {} |\n", fmt::join(item, " | "));
    }
  }
  void footer(std::string& out) override {
    out += "\n" + markdown_escape(not_included_sentence()) + "\n";
    if (any_stale_) out += "\n" + markdown_escape(kStaleRowsNote) + "\n";
    if (!contradicted_.kinds.empty()) out += "\n" + markdown_escape(contradiction_rows_note(contradicted_.kinds)) + "\n";
  }

 private:
  RowLayout layout_;
  std::size_t width_ = 0, destination_column_ = 0, total_column_ = 0;
  bool any_stale_ = false;
  Contradicted contradicted_;
};

class TableRows : public RowWriter {
 public:
  TableRows(const RowLayout& layout, const RenderOptions& options) : layout_(layout), options_(options) {
    // Rows print as they come, at fixed widths; a narrow terminal loses the
    // origin, then the companions, then the cycles (each row is one scenario of
    // the sweep the command line names, so they are there), then the mid-point.
    const std::size_t width = layout_width(options.width);
    while (shown_ > 0 && display_width(line("", "", "", "", "", "", "", "", "", "", "", "", "may fit", "Advisory")) > width + 1) {
      --shown_;
    }
  }
  void header(std::string& out) override {
    out += line("Scenario", "Row", "Rank", layout_.key_column == "name" ? "Name" : "Id", "Destination", "Inf", "Cyc",
                "Comp", "From", "Nights", "Total", "Mid", "Budget", "Advisory");
  }
  void row(std::string& out, const ScenarioRow& row) override {
    const Estimate& e = *row.estimate;
    const bool old = any_stale(e, layout_.today);
    any_stale_ = any_stale_ || old;
    out += line(std::to_string(row.scenario), std::to_string(row.input_row), std::to_string(row.rank), row.key,
                e.destination->name + (old ? std::string(kStaleMark) : "") + std::string(contradicted_.mark(e)),
                std::to_string(e.infusions), std::to_string(e.cycles),
                std::to_string(e.companions), e.origin, std::to_string(e.nights), range_text(e, e.total),
                format_mid(e.total, MoneyFormat{e.currency, false}), e.fit ? describe(*e.fit) : "",
                short_advisory(*e.destination));
    if (!layout_.items) return;
    // Under its scenario, aligned within the scenario: a label as long as an
    // overland route's would push a fixed column out of line.
    TextTable items({{Align::left, 24, 12}, {Align::right}});
    for (const LineItem& item : e.lines) items.add_row({item.label(), range_text(e, item.cost)});
    for (const auto& lines : items.rows(layout_width(options_.width) - 4)) {
      for (const std::string& text : lines) out += "    " + text + "\n";
    }
  }
  void footer(std::string& out) override {
    const std::size_t width = layout_width(options_.width);
    out += "\n" + hanging("", not_included_sentence(), width);
    if (any_stale_) out += hanging("", kStaleRowsNote, width);
    if (!contradicted_.kinds.empty()) out += hanging("", contradiction_rows_note(contradicted_.kinds), width);
    // The disclaimer stays with --quiet: it is what the numbers mean.
    for (const auto& text : wrap(kDisclaimer, width)) out += text + "\n";
  }

 private:
  // Fixed widths: rows are printed as they come, before the widest is known.
  std::string line(std::string_view scenario, std::string_view input_row, std::string_view rank, std::string_view key,
                   std::string_view name, std::string_view infusions, std::string_view cycles,
                   std::string_view companions, std::string_view from, std::string_view nights,
                   std::string_view total, std::string_view mid, std::string_view fit,
                   std::string_view advisory) const {
    std::string text = fmt::format("{:>8}", scenario);
    if (layout_.input_row) text += fmt::format("  {:>6}", input_row);
    if (!layout_.key_column.empty()) text += fmt::format("  {:<16}", key);
    if (layout_.rank) text += fmt::format("  {:>4}", rank);
    // Amounts in another currency carry its code ("EUR 9,756") where dollars carry "$".
    const std::size_t code = layout_.currency == kBaseCurrency ? 0 : layout_.currency.size();
    // Wide enough for the longest name with both marks: "Western Europe * !".
    text += fmt::format("  {:<18}  {:>3}", name, infusions);
    if (shown_ > 1) text += fmt::format("  {:>3}", cycles);
    if (shown_ > 2) text += fmt::format("  {:>4}", companions);
    if (shown_ > 3) text += fmt::format("  {:<13}", from);
    text += fmt::format("  {:>6}  {:>{}}", nights, total, 19 + code);
    if (shown_ > 0) text += fmt::format("  {:>{}}", mid, 9 + code);
    if (layout_.budget) text += fmt::format("  {:<7}", fit);
    text += fmt::format("  {}", advisory);
    while (!text.empty() && text.back() == ' ') text.pop_back();
    return text + "\n";
  }

  RowLayout layout_;
  RenderOptions options_;
  int shown_ = 4;  // of the mid-point, cycles, companions and origin columns, how many fit
  bool any_stale_ = false;
  Contradicted contradicted_;
};

}  // namespace

std::unique_ptr<RowWriter> make_row_writer(Format format, const RowLayout& layout, const RenderOptions& options) {
  switch (format) {
    case Format::csv:
      return std::make_unique<CsvRows>(layout);
    case Format::jsonl:
      return std::make_unique<JsonLinesRows>(layout);
    case Format::json:
      return std::make_unique<JsonRows>(layout);
    case Format::markdown:
      return std::make_unique<MarkdownRows>(layout);
    case Format::table:
    case Format::html:  // no page (render.hpp)
      break;
  }
  return std::make_unique<TableRows>(layout, options);
}

}  // namespace cpcost
