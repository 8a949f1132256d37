#include "report/csv.hpp"
#include "report/footnotes.hpp"
#include "report/format_money.hpp"
#include "report/render.hpp"
#include "report/wording.hpp"

namespace cpcost {

// Tidy: one row per line item and a total row; bare numbers (dollars with two
// decimals) and the currency in its own column, so that spreadsheets and
// sqlite3 .import read amounts as numbers. Columns are documented in README.
std::string render_csv(const Estimate& estimate, const RenderOptions& options) {
  const std::string& destination = estimate.destination->id;
  std::string out = csv_record({"destination", "item", "label", "quantity", "unit", "unit_low", "unit_high", "low",
                                "mid", "high", "high_open", "currency", "source", "as_of", "stale"});
  const std::string currency(estimate.currency);
  for (const auto& line : estimate.lines) {
    const bool adjustment = line.group == LineGroup::adjustment;
    out += csv_record({destination, std::string(line.id), line.label(), std::to_string(line.quantity()),
                       std::string(line.unit), adjustment ? "" : plain_decimal(line.unit_cost.low),
                       adjustment ? "" : plain_decimal(line.unit_cost.high), plain_decimal(line.cost.low),
                       plain_decimal(line.cost.mid()), plain_decimal(line.cost.high),
                       line.cost.high_open ? "true" : "false", currency, describe_provenance(*line.provenance),
                       line.provenance->as_of, stale(line, options.today) ? "true" : "false"});
  }
  const MoneyRange& total = estimate.total;
  out += csv_record({destination, "total", "Total", "", "", "", "", plain_decimal(total.low), plain_decimal(total.mid()),
                     plain_decimal(total.high), total.high_open ? "true" : "false", currency, "", "", ""});
  // What the data says against the query, a row each after the total: its sentence as the label.
  for (const Contradiction& contradiction : estimate.contradictions) {
    out += csv_record({destination, "warning", contradiction_sentence(contradiction, estimate), "", "", "", "", "", "",
                       "", "", currency, "", "", ""});
  }
  return out;
}

}  // namespace cpcost
