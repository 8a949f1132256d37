#pragma once
// A batch file's rows as scenarios. The header names the columns after the
// query options (country, infusions, cycles, companions, from, nights) and may
// add id or name, carried through; any order; a column left out or a cell left
// empty takes the default. Cells accept what the options accept, sweeps too.

#include <cstdint>
#include <string>
#include <vector>

#include "core/catalog.hpp"
#include "core/error.hpp"
#include "core/sweep.hpp"
#include "data/csv_reader.hpp"

namespace cpcost {

// A row whose values are wrong: the rows after it can still be read.
class BadRow : public Error {
 public:
  using Error::Error;
};

class ScenarioReader;

struct Scenario {
  std::uint64_t input_row = 0;  // the data row: 1 is the row after the header
  std::string key;              // the id or name cell
  QuerySweep sweep;             // this row's queries, countries resolved to ids
  // The reader that gave sweep its defaults whole; from then on it sets only its columns.
  const ScenarioReader* filled_by = nullptr;
};

class ScenarioReader {
 public:
  // Reads the header. Throws a data Error "path: header: ..." for an unknown,
  // repeated or missing column.
  ScenarioReader(CsvReader& csv, std::string path, QuerySweep defaults, const Catalog& catalog);

  // "id", "name", or empty when the file has neither.
  const std::string& key_column() const { return key_column_; }

  // The next row; false at the end. Throws BadRow (a data Error)
  // "path:ROW: column NAME: what is wrong" for a bad row; the next call goes on after it.
  // Between calls, scenario's sweep is the reader's to keep: reused from row to
  // row, it is set whole only the first time (filled_by).
  bool next(Scenario& scenario);

 private:
  enum Column { country, infusions, cycles, companions, from, nights, key, column_count };

  void take_default(QuerySweep& sweep, int column) const;  // a column's field as the defaults have it

  CsvReader& csv_;
  std::string path_;
  QuerySweep defaults_;
  const Catalog& catalog_;
  DestinationIndex destinations_;  // each row's country found in it
  std::string key_column_;
  std::vector<int> columns_;  // the file's columns, by position
  std::size_t width_ = 0;
};

}  // namespace cpcost
