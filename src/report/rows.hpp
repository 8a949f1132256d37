#pragma once
// Scenario rows, streamed: what batch files and sweeps print, one summary row
// per scenario (and with items, its line items too), in every format. The
// caller writes the header, each row as it is computed, and the footer, so
// that memory stays flat whatever the number of rows.

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>

#include "core/currency.hpp"
#include "core/estimate.hpp"
#include "report/render.hpp"

namespace cpcost {

struct RowLayout {
  std::string key_column;  // "id" or "name" from a batch file, else empty
  bool input_row = false;  // batch: the data row each scenario comes from
  bool rank = false;       // compare sweeps: the rank within its comparison
  bool budget = false;     // a budget was given: its fit per row
  bool items = false;      // the line items of each scenario too
  std::string_view kind;   // "batch" or "sweep", for JSON
  std::string currency = std::string(kBaseCurrency);  // of every row
  Date today{};  // for the age of figures
  bool likely = false;  // --draws: the total's percentiles too
};

struct ScenarioRow {
  std::uint64_t scenario = 0;  // 1-based, in output order
  std::uint64_t input_row = 0;
  std::string_view key;
  std::uint64_t rank = 0;
  const Estimate* estimate = nullptr;
};

class RowWriter {
 public:
  virtual ~RowWriter() = default;
  virtual void header(std::string& out) = 0;
  virtual void row(std::string& out, const ScenarioRow& row) = 0;
  virtual void footer(std::string& out) = 0;
};

std::unique_ptr<RowWriter> make_row_writer(Format format, const RowLayout& layout, const RenderOptions& options);

// "12400.00", appended: the machine form of an amount, without allocating.
void append_decimal(std::string& out, Money amount);

}  // namespace cpcost
