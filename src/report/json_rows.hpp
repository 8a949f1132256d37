#pragma once
// A scenario row as one JSON object: each line of JSON Lines, each of a JSON
// document's "rows".
//
// row_object builds it as a toml++ table, which the library writes
// (to_json_line): every row with --items, and the reference for the other kind.
// SummaryJsonRow writes the summary row, the one a batch of a million
// scenarios prints, by hand from strings the library escaped once (per
// destination, origin, currency, item id, warning): the same bytes without a
// table, a stream or an allocation a row. tests/report/json_rows_test.cpp
// holds the two to the same bytes.

#include <toml++/toml.h>

#include <memory>
#include <string>

#include "report/rows.hpp"

namespace cpcost {

toml::table row_object(const RowLayout& layout, const ScenarioRow& row);

class SummaryJsonRow {
 public:
  // layout.items must be false: the line items are row_object's.
  explicit SummaryJsonRow(const RowLayout& layout);
  ~SummaryJsonRow();
  SummaryJsonRow(SummaryJsonRow&&) noexcept;
  SummaryJsonRow& operator=(SummaryJsonRow&&) noexcept;
  // to_json_line(row_object(layout, row)), appended to out.
  void append(std::string& out, const ScenarioRow& row);

 private:
  class Writer;
  std::unique_ptr<Writer> writer_;
};

}  // namespace cpcost
