#include "data/scenario_reader.hpp"

#include <array>

#include "core/error.hpp"
#include "core/query_input.hpp"
#include "core/text.hpp"
#include "spec/query_options.hpp"

namespace cpcost {

namespace {

// The query columns: each named and read as its option (spec/options.hpp).
constexpr std::array<OptionId, 6> kQueryColumns = {OptionId::country,    OptionId::infusions, OptionId::cycles,
                                                   OptionId::companions, OptionId::from,      OptionId::nights};

std::string_view column_name(OptionId id) { return spec_of(id).name().substr(2); }  // "--from" -> "from"

std::string column_names() {
  std::string names = "id or name";
  for (const OptionId id : kQueryColumns) names += ", " + std::string(column_name(id));
  return names;
}

std::string trimmed(std::string_view text) {
  while (!text.empty() && (text.front() == ' ' || text.front() == '\t')) text.remove_prefix(1);
  while (!text.empty() && (text.back() == ' ' || text.back() == '\t')) text.remove_suffix(1);
  return std::string(text);
}

}  // namespace

ScenarioReader::ScenarioReader(CsvReader& csv, std::string path, QuerySweep defaults, const Catalog& catalog)
    : csv_(csv), path_(std::move(path)), defaults_(std::move(defaults)), catalog_(catalog) {
  CsvRecord header;
  if (!csv_.next(header)) throw Error(ErrorKind::data, path_ + ": header: the file is empty (no header row)");
  auto fail = [&](const std::string& why) { throw Error(ErrorKind::data, path_ + ": header: " + why); };
  bool has_country = false;
  for (const auto& cell : header.fields) {
    const std::string name = ascii_lowercase(trimmed(cell));
    int column = -1;
    for (std::size_t i = 0; i < kQueryColumns.size(); ++i) {
      if (name == column_name(kQueryColumns[i])) column = static_cast<int>(i);
    }
    if (name == "id" || name == "name") {
      if (!key_column_.empty()) fail("column " + name + ": only one of id and name");
      key_column_ = name;
      column = key;
    }
    if (column < 0) {
      fail("column " + (name.empty() ? std::string("(empty)") : excerpt(name, kMaxQuoted)) +
           ": unknown column; the columns are " + column_names());
    }
    for (const int seen : columns_) {
      if (seen == column) fail("column " + name + ": appears twice");
    }
    has_country = has_country || column == country;
    columns_.push_back(column);
  }
  if (!has_country && defaults_.countries.empty()) fail("no country column, and no --country for its default");
  width_ = columns_.size();
}

bool ScenarioReader::next(Scenario& scenario) {
  CsvRecord record;
  if (!csv_.next(record)) return false;
  const std::string where = path_ + ":" + std::to_string(record.number);
  const std::string line = record.line == record.number + 1 ? "" : " (line " + std::to_string(record.line) + ")";
  if (record.fields.size() != width_) {
    throw BadRow(ErrorKind::data, where + ": has " + std::to_string(record.fields.size()) + " fields; the header has " +
                                     std::to_string(width_) + line);
  }

  scenario.input_row = record.number;
  scenario.key.clear();
  scenario.sweep = defaults_;
  QuerySweep& sweep = scenario.sweep;
  for (std::size_t i = 0; i < width_; ++i) {
    const std::string cell = trimmed(record.fields[i]);
    if (cell.empty()) continue;  // the default
    const int column = columns_[i];
    auto fail = [&](const std::string& why) {
      const std::string name =
          column == key ? key_column_ : std::string(column_name(kQueryColumns[static_cast<std::size_t>(column)]));
      throw BadRow(ErrorKind::data, where + ": column " + name + ": " + why + line);
    };
    if (column == key) {
      scenario.key = cell;
    } else if (column == country) {
      // Resolved here, against the catalog: a bad name is this row's error.
      auto names = parse_name_list(cell);
      if (!names) fail(names.error);
      sweep.countries.clear();
      for (const auto& name : expand_all(names.value, catalog_)) {
        try {
          sweep.countries.push_back(find_destination(catalog_, name).id);
        } catch (const Error& error) {
          fail(error.what());
        }
      }
    } else {
      // What the option accepts, sweeps included.
      const OptionId option = kQueryColumns[static_cast<std::size_t>(column)];
      if (std::string error = apply_query_option(sweep, option, cell); !error.empty()) fail(error);
    }
  }
  if (sweep.countries.empty()) {
    throw BadRow(ErrorKind::data, where + ": column country: empty, and no --country for its default" + line);
  }
  return true;
}

}  // namespace cpcost
