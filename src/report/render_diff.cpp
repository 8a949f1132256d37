#include <fmt/format.h>

#include "report/csv.hpp"
#include "report/format_money.hpp"
#include "report/json_document.hpp"
#include "report/markdown.hpp"
#include "report/render.hpp"
#include "report/rows.hpp"
#include "report/text_table.hpp"

namespace cpcost {

namespace {

std::string_view status(const DiffRow& row) {
  if (!row.before) return "added";
  if (!row.after) return "removed";
  const bool same = row.low_change == Money{} && row.mid_change == Money{} && row.high_change == Money{} &&
                    row.before->amounts.high_open == row.after->amounts.high_open;
  return same ? "same" : "changed";
}

std::string side(const std::optional<SavedEntry>& entry, const MoneyFormat& money) {
  return entry ? format_range(entry->amounts, money) : "-";
}

std::string signed_amount(Money amount, const MoneyFormat& money) {
  const std::string text = format_money(round_to_units(amount), money);
  return amount > Money{} ? "+" + text : text;
}

std::string heading(const ResultDiff& diff) {
  return fmt::format("What changed in the {}: {} (before) to {} (after), in {}", diff.kind, diff.before_title,
                     diff.after_title, diff.currency);
}

std::vector<std::string> cells(const DiffRow& row, const ResultDiff& diff) {
  const MoneyFormat money{diff.currency, false};
  const bool both = row.before && row.after;
  return {row.label,
          side(row.before, money),
          side(row.after, money),
          both ? signed_amount(row.low_change, money) : std::string(status(row)),
          both ? signed_amount(row.mid_change, money) : "",
          both ? signed_amount(row.high_change, money) : ""};
}

std::string render_diff_table(const ResultDiff& diff, const RenderOptions& options) {
  const Styler style(options.color);
  TextTable table({Align::left, Align::right, Align::right, Align::right, Align::right, Align::right});
  table.add_row({"", "Before", "After", "Low change", "Mid change", "High change"});
  for (const auto& row : diff.rows) table.add_row(cells(row, diff));
  std::string out = style(Styler::bold, heading(diff)) + "\n\n";
  const auto lines = table.lines();
  for (std::size_t i = 0; i < lines.size(); ++i) {
    const bool strong = i == 0 || (i > 0 && diff.rows[i - 1].key == "total");
    out += (strong ? style(Styler::bold, lines[i]) : lines[i]) + "\n";
  }
  return out;
}

std::string render_diff_markdown(const ResultDiff& diff) {
  std::string out = "## " + markdown_escape(heading(diff)) + "\n\n";
  out += "| | Before | After | Low change | Mid change | High change |\n|:--|--:|--:|--:|--:|--:|\n";
  for (const auto& row : diff.rows) {
    std::vector<std::string> escaped;
    for (const auto& cell : cells(row, diff)) escaped.push_back(markdown_escape(cell));
    out += fmt::format("| {} |\n", fmt::join(escaped, " | "));
  }
  return out;
}

std::string render_diff_csv(const ResultDiff& diff) {
  std::string out = csv_record({"key", "label", "status", "before_low", "before_mid", "before_high", "after_low",
                                "after_mid", "after_high", "low_change", "mid_change", "high_change", "currency"});
  auto decimal = [](Money amount) {
    std::string text;
    append_decimal(text, amount);
    return text;
  };
  for (const auto& row : diff.rows) {
    const bool both = row.before && row.after;
    out += csv_record({row.key, row.label, std::string(status(row)), row.before ? decimal(row.before->amounts.low) : "",
                       row.before ? decimal(row.before->mid) : "", row.before ? decimal(row.before->amounts.high) : "",
                       row.after ? decimal(row.after->amounts.low) : "", row.after ? decimal(row.after->mid) : "",
                       row.after ? decimal(row.after->amounts.high) : "", both ? decimal(row.low_change) : "",
                       both ? decimal(row.mid_change) : "", both ? decimal(row.high_change) : "", diff.currency});
  }
  return out;
}

toml::table diff_document(const ResultDiff& diff) {
  toml::array rows;
  for (const auto& row : diff.rows) {
    toml::table object{{"key", row.key}, {"label", row.label}, {"status", status(row)}};
    auto amounts = [](const SavedEntry& entry) {
      toml::table table = amounts_object(entry.amounts);
      table.insert_or_assign("mid_cents", entry.mid.cents());  // as saved
      return table;
    };
    if (row.before) object.insert("before", amounts(*row.before));
    if (row.after) object.insert("after", amounts(*row.after));
    if (row.before && row.after) {
      object.insert("change", toml::table{{"low_cents", row.low_change.cents()},
                                          {"mid_cents", row.mid_change.cents()},
                                          {"high_cents", row.high_change.cents()}});
    }
    rows.push_back(std::move(object));
  }
  return json_document("diff", toml::table{{"currency", diff.currency},
                                           {"of", diff.kind},
                                           {"before", diff.before_title},
                                           {"after", diff.after_title},
                                           {"rows", std::move(rows)}});
}

}  // namespace

std::string render(const ResultDiff& diff, Format format, const RenderOptions& options) {
  switch (format) {
    case Format::json:
      return to_json(diff_document(diff));
    case Format::jsonl:
      return to_json_line(diff_document(diff)) + "\n";
    case Format::csv:
      return render_diff_csv(diff);
    case Format::markdown:
      return render_diff_markdown(diff);
    case Format::table:
    case Format::html:  // no page (render.hpp)
      break;
  }
  return render_diff_table(diff, options);
}

}  // namespace cpcost
