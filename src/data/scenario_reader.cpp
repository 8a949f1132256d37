#include "data/scenario_reader.hpp"

#include <array>
#include <optional>
#include <string_view>
#include <vector>

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

std::string_view trimmed(std::string_view text) {
  while (!text.empty() && (text.front() == ' ' || text.front() == '\t')) text.remove_prefix(1);
  while (!text.empty() && (text.back() == ' ' || text.back() == '\t')) text.remove_suffix(1);
  return text;
}

// The fast paths below read the common cell, one plain value, in place, into
// the row's reused vectors: a batch has millions of rows, and the general
// parsers build a vector (and strings) per cell. Each accepts only what its
// option's parser accepts as that same single value; anything else (a list, a
// range, a value out of range, a typo) goes to the parser, which also words the error.

// The options of the query columns, found once: spec_of searches the option table.
const OptionSpec& column_spec(std::size_t column) {
  static const auto specs = [] {
    std::array<const OptionSpec*, kQueryColumns.size()> found{};
    for (std::size_t i = 0; i < kQueryColumns.size(); ++i) found[i] = &spec_of(kQueryColumns[i]);
    return found;
  }();
  return *specs[column];
}

// Digits only, within the option's range: what parse_number_sweep reads as one
// number, made the sweep's one value.
template <class T>
[[gnu::hot]] bool one_count(std::string_view cell, const OptionSpec& spec, std::vector<T>& values) {
  if (cell.size() > 9) return false;  // fits an int; longer goes the long way
  int number = 0;
  for (const char c : cell) {
    if (c < '0' || c > '9') return false;
    number = number * 10 + (c - '0');
  }
  if (number < spec.low || number > spec.high) return false;
  values.resize(1);
  values.front() = number;
  return true;
}

// One origin, in any case: what parse_origin_sweep reads as that origin.
[[gnu::hot]] bool one_origin(std::string_view cell, std::vector<std::optional<std::string>>& origins) {
  auto take = [&origins](std::string_view origin) {
    origins.resize(1);
    if (!origins.front()) origins.front().emplace();
    origins.front()->assign(origin);
    return true;
  };
  if (const auto slot = origin_slot(cell)) return take(kOrigins[*slot]);  // as written, as most cells are
  for (const std::string_view origin : kOrigins) {
    if (equal_ignoring_case(cell, origin)) return take(origin);
  }
  return false;
}

// One destination's id or alias, in any case: what the name list, expanded and
// resolved, makes of it ("all" and lists go the long way).
[[gnu::hot]] bool one_destination(std::string_view cell, const DestinationIndex& index, std::vector<std::string>& countries) {
  const Destination* destination = index.find(cell);
  if (!destination) return false;
  countries.resize(1);
  countries.front().assign(destination->id);
  return true;
}

}  // namespace

ScenarioReader::ScenarioReader(CsvReader& csv, std::string path, QuerySweep defaults, const Catalog& catalog)
    : csv_(csv), path_(std::move(path)), defaults_(std::move(defaults)), catalog_(catalog), destinations_(catalog) {
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

[[gnu::hot]] void ScenarioReader::take_default(QuerySweep& sweep, int column) const {
  switch (column) {
    case country:
      sweep.countries = defaults_.countries;
      break;
    case infusions:
      sweep.infusions = defaults_.infusions;
      break;
    case cycles:
      sweep.cycles = defaults_.cycles;
      break;
    case companions:
      sweep.companions = defaults_.companions;
      break;
    case from:
      sweep.origins = defaults_.origins;
      break;
    case nights:
      sweep.nights = defaults_.nights;
      break;
    default:  // the key: not in the sweep
      break;
  }
}

[[gnu::hot]] bool ScenarioReader::next(Scenario& scenario) {
  CsvRecord record;
  if (!csv_.next(record)) return false;
  // The row's place, for a message: built only when there is one.
  auto bad_row = [&](const std::string& why) {
    const std::string line = record.line == record.number + 1 ? "" : " (line " + std::to_string(record.line) + ")";
    return BadRow(ErrorKind::data, path_ + ":" + std::to_string(record.number) + ": " + why + line);
  };
  if (record.fields.size() != width_) {
    throw bad_row("has " + std::to_string(record.fields.size()) + " fields; the header has " + std::to_string(width_));
  }

  scenario.input_row = record.number;
  scenario.key.clear();
  // The row's sweep is the defaults but for the file's columns. A scenario this
  // reader has not filled before takes them whole; after that each row sets
  // or resets its own columns, and the other fields keep the defaults (copying
  // every field each row was a twentieth of a batch's time). Copy-assignment
  // keeps the capacity of the vectors and strings: a row allocates nothing.
  if (scenario.filled_by != this) {
    scenario.sweep = defaults_;
    scenario.filled_by = this;
  }
  QuerySweep& sweep = scenario.sweep;
  for (std::size_t i = 0; i < width_; ++i) {
    const std::string_view cell = record.trimmed ? record.fields[i] : trimmed(record.fields[i]);
    const int column = columns_[i];
    if (cell.empty()) {  // the default
      take_default(sweep, column);
      continue;
    }
    auto fail = [&](const std::string& why) {
      const std::string name =
          column == key ? key_column_ : std::string(column_name(kQueryColumns[static_cast<std::size_t>(column)]));
      throw bad_row("column " + name + ": " + why);
    };
    if (column == key) {
      scenario.key.assign(cell);
      continue;
    }
    const auto index = static_cast<std::size_t>(column);
    const OptionId option = kQueryColumns[index];
    const bool plain = [&] {
      switch (column) {
        case country:
          return one_destination(cell, destinations_, sweep.countries);
        case from:
          return one_origin(cell, sweep.origins);
        case infusions:
          return one_count(cell, column_spec(index), sweep.infusions);
        case cycles:
          return one_count(cell, column_spec(index), sweep.cycles);
        case companions:
          return one_count(cell, column_spec(index), sweep.companions);
        case nights:
          return one_count(cell, column_spec(index), sweep.nights);
        default:
          return false;
      }
    }();
    if (plain) continue;
    if (column == country) {
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
    } else if (std::string error = apply_query_option(sweep, option, cell); !error.empty()) {
      fail(error);  // what the option accepts, sweeps included
    }
  }
  if (sweep.countries.empty()) throw bad_row("column country: empty, and no --country for its default");
  return true;
}

}  // namespace cpcost
