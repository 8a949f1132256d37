#pragma once
// Reading one TOML table against a schema, shared by the data files' loaders:
// each getter marks its key as known, records a problem (path:line:col) for a
// missing or ill-typed value, and returns what it could read. Internal to data/.

#include <toml++/toml.h>

#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "core/catalog.hpp"
#include "core/dates.hpp"
#include "core/money.hpp"
#include "data/parse_toml.hpp"
#include "data/problem.hpp"

namespace cpcost {

enum class Need { required, optional };

// The place of a node; the root table of a document counts as its start.
SourcePosition position_of(const std::string& path, const toml::source_region& region);

// "a string", "an integer", ...: what a node is, for messages.
std::string_view describe(const toml::node& node);

class TableReader {
 public:
  // today, when given, is the latest date an as_of may have.
  TableReader(const toml::table& table, const std::string& path, std::string name, Problems& problems,
              std::optional<Date> today = std::nullopt)
      : table_(table), path_(path), name_(std::move(name)), problems_(problems), today_(today) {}
  // A reader for a table inside this one, named name.
  TableReader child(const toml::table& table, std::string name) const {
    TableReader reader(table, path_, std::move(name), problems_, today_);
    reader.currency_ = currency_;
    return reader;
  }
  // The currency amounts are in, as messages name it: the data's are in
  // dollars, a quote's in its own (code: "INR"). Children inherit it.
  void set_currency(std::string code) { currency_ = std::move(code); }

  std::string child_name(std::string_view key) const { return name_.empty() ? std::string(key) : name_ + "." + std::string(key); }
  const std::string& path() const { return path_; }
  Problems& problems() const { return problems_; }

  void problem_at(const toml::node& node, std::string_view key, const std::string& message) const;
  void problem_here(const std::string& message) const;

  bool has(std::string_view key) const { return table_.contains(key); }
  // The value at key, or null; marks key as known.
  const toml::node* node(std::string_view key, Need need);

  std::optional<std::string> text(std::string_view key, Need need);  // a non-blank string
  std::optional<int> count(std::string_view key, int low, int high, Need need);
  std::optional<Money> amount(std::string_view key, Need need);  // whole units, or "25.75"
  bool flag(std::string_view key);                                // optional, false when absent
  std::optional<std::string> date(std::string_view key, Need need);  // a date, "2025-06" or "2025"
  std::vector<std::string> texts(std::string_view key, Need need);   // an array of strings
  const toml::table* table(std::string_view key, Need need);
  const toml::array* array(std::string_view key, Need need);

  // A misspelt key must not silently drop a figure.
  void reject_unknown_keys(std::string_view hint = {}) const;

 private:
  std::nullopt_t wrong_type(const toml::node& node, std::string_view key, const std::string& expected) const;

  const toml::table& table_;
  const std::string& path_;
  std::string name_;
  Problems& problems_;
  std::optional<Date> today_;
  std::string currency_ = "dollars";
  std::set<std::string, std::less<>> known_;
};

// source and as_of, or basis = "assumption" and reason (with as_of when the
// reason names a year: year_named).
Provenance read_provenance(TableReader& figure);
std::optional<std::string> year_named(std::string_view text);

// low and high (or a single amount), high_open, and provenance.
PriceFigure read_price_fields(TableReader& figure);

// A required sub-table holding one price figure and nothing else.
PriceFigure read_price(TableReader& parent, std::string_view key);

// A required sub-table holding one count (field, from low to high) and its provenance.
CountFigure read_count(TableReader& parent, std::string_view key, std::string_view field, int low, int high);

}  // namespace cpcost
