#include "data/table_reader.hpp"

#include <algorithm>

#include "core/dates.hpp"
#include "core/query_input.hpp"
#include "core/text.hpp"
#include "data/load_catalog.hpp"

namespace cpcost {

void TableReader::problem_at(const toml::node& node, std::string_view key, const std::string& message) const {
  problems_.push_back({position_of(path_, node.source()), child_name(key) + ": " + message});
}

void TableReader::problem_here(const std::string& message) const {
  problems_.push_back({position_of(path_, table_.source()), (name_.empty() ? "" : name_ + ": ") + message});
}

const toml::node* TableReader::node(std::string_view key, Need need) {
  known_.insert(std::string(key));
  const toml::node* found = table_.get(key);
  if (!found && need == Need::required) problem_here("missing key '" + std::string(key) + "'");
  return found;
}

std::optional<std::string> TableReader::text(std::string_view key, Need need) {
  const toml::node* found = node(key, need);
  if (!found) return std::nullopt;
  const auto* value = found->as_string();
  if (!value) return wrong_type(*found, key, "a string");
  if (value->get().find_first_not_of(" \t") == std::string::npos) {
    problem_at(*found, key, "must not be empty");
    return std::nullopt;
  }
  return value->get();
}

std::optional<int> TableReader::count(std::string_view key, int low, int high, Need need) {
  const toml::node* found = node(key, need);
  if (!found) return std::nullopt;
  const auto* value = found->as_integer();
  if (!value) return wrong_type(*found, key, "a whole number");
  if (value->get() < low || value->get() > high) {
    problem_at(*found, key,
               "must be " + std::to_string(low) + " to " + std::to_string(high) + ", not " + std::to_string(value->get()));
    return std::nullopt;
  }
  return static_cast<int>(value->get());
}

std::optional<Money> TableReader::amount(std::string_view key, Need need) {
  const toml::node* found = node(key, need);
  if (!found) return std::nullopt;
  const std::string what = "an amount in " + currency_ + " (12400, or a string with cents such as \"25.75\")";
  std::optional<Money> money;
  if (const auto* integer = found->as_integer()) {
    if (integer->get() < 0) {
      problem_at(*found, key, "must not be negative, not " + std::to_string(integer->get()));
      return std::nullopt;
    }
    if (integer->get() <= kMaxFigureDollars) money = Money::from_units(integer->get());
  } else if (const auto* string = found->as_string()) {
    const std::string& text = string->get();
    if (dot_may_group_thousands(text)) {
      // As on the command line: "1.200" may be 1200 or 1.20.
      const auto point = text.find('.');
      const std::string cents = text.back() == '0' ? "or \"" + text.substr(0, point + 3) + "\" for cents" : "cents take two decimals";
      problem_at(*found, key, "\"" + text + "\" is ambiguous: write " + text.substr(0, point) + text.substr(point + 1) +
                                  " (" + cents + ")");
      return std::nullopt;
    }
    money = parse_decimal_amount(text);
    if (!money) {
      const bool negative = !text.empty() && text.front() == '-';
      problem_at(*found, key, negative ? "must not be negative, not \"" + text + "\""
                                       : "expected " + what + ", found \"" + text + "\"");
      return std::nullopt;
    }
  } else {
    return wrong_type(*found, key, what);
  }
  if (!money || *money > Money::from_units(kMaxFigureDollars)) {
    problem_at(*found, key, "is larger than a figure may be (at most " + group_thousands(kMaxFigureDollars) + " " + currency_ + ")");
    return std::nullopt;
  }
  return money;
}

bool TableReader::flag(std::string_view key) {
  const toml::node* found = node(key, Need::optional);
  if (!found) return false;
  const auto* value = found->as_boolean();
  if (!value) {
    wrong_type(*found, key, "true or false");
    return false;
  }
  return value->get();
}

std::optional<std::string> TableReader::date(std::string_view key, Need need) {
  const toml::node* found = node(key, need);
  if (!found) return std::nullopt;
  std::optional<std::string> text;
  if (const auto* value = found->as_date()) {
    const toml::date& d = value->get();
    char buffer[16];
    std::snprintf(buffer, sizeof buffer, "%04d-%02d-%02d", static_cast<int>(d.year), static_cast<int>(d.month),
                  static_cast<int>(d.day));
    text = buffer;
  } else if (const auto* string = found->as_string()) {
    text = string->get();
  }
  static const std::string kExpected =
      "a date (2025-11-21), or a string \"2025-06\" or \"2025\" when only the month or year is known";
  if (!text) return wrong_type(*found, key, kExpected);
  // 0000-01-01 and 2025-02-30 are TOML dates, but not days a figure can have: say what is wrong with them.
  if (const std::string problem = as_of_problem(*text); !problem.empty()) {
    problem_at(*found, key,
               problem == kNotADateForm ? "expected " + kExpected + ", found \"" + *text + "\""
                                        : "'" + *text + "': " + problem);
    return std::nullopt;
  }
  // Not in the future: a partial date counts from its first day ("2026-12" is future until December).
  if (today_) {
    const Date start{std::stoi(text->substr(0, 4)), text->size() >= 7 ? std::stoi(text->substr(5, 2)) : 1,
                     text->size() >= 10 ? std::stoi(text->substr(8, 2)) : 1};
    if (start > *today_) {
      problem_at(*found, key, "'" + *text + "' is in the future");
      return std::nullopt;
    }
  }
  return text;
}

std::vector<std::string> TableReader::texts(std::string_view key, Need need) {
  std::vector<std::string> result;
  const toml::node* found = node(key, need);
  if (!found) return result;
  const auto* array = found->as_array();
  if (!array) {
    wrong_type(*found, key, "an array of strings");
    return result;
  }
  for (std::size_t i = 0; i < array->size(); ++i) {
    const toml::node& element = *array->get(i);
    const auto* value = element.as_string();
    const std::string name = std::string(key) + "[" + std::to_string(i) + "]";
    if (!value) {
      wrong_type(element, name, "a string");
    } else if (value->get().find_first_not_of(" \t") == std::string::npos) {
      problem_at(element, name, "must not be empty");
    } else {
      result.push_back(value->get());
    }
  }
  return result;
}

const toml::table* TableReader::table(std::string_view key, Need need) {
  const toml::node* found = node(key, need);
  if (!found) return nullptr;
  const auto* value = found->as_table();
  if (!value) wrong_type(*found, key, "a table");
  return value;
}

const toml::array* TableReader::array(std::string_view key, Need need) {
  const toml::node* found = node(key, need);
  if (!found) return nullptr;
  const auto* value = found->as_array();
  if (!value) wrong_type(*found, key, "an array of tables ([[" + child_name(key) + "]])");
  return value;
}

void TableReader::reject_unknown_keys(std::string_view hint) const {
  for (auto&& [key, value] : table_) {
    if (known_.count(std::string(key.str()))) continue;
    problems_.push_back({position_of(path_, key.source()), "unknown key '" + child_name(key.str()) + "'" +
                                                                (hint.empty() ? "" : "; " + std::string(hint))});
  }
}

std::nullopt_t TableReader::wrong_type(const toml::node& node, std::string_view key, const std::string& expected) const {
  problem_at(node, key, "expected " + expected + ", found " + std::string(describe(node)));
  return std::nullopt;
}

SourcePosition position_of(const std::string& path, const toml::source_region& region) {
  // The root table of a document has no position of its own: name its start.
  return {path, std::max<long>(1, region.begin.line), std::max<long>(1, region.begin.column)};
}

std::string_view describe(const toml::node& node) {
  switch (node.type()) {
    case toml::node_type::string:
      return "a string";
    case toml::node_type::integer:
      return "an integer";
    case toml::node_type::floating_point:
      return "a float";
    case toml::node_type::boolean:
      return "a boolean";
    case toml::node_type::date:
      return "a date";
    case toml::node_type::time:
      return "a time";
    case toml::node_type::date_time:
      return "a date-time";
    case toml::node_type::array:
      return "an array";
    case toml::node_type::table:
      return "a table";
    case toml::node_type::none:
      break;
  }
  return "nothing";
}

// The first year (1900-2099) a text names, as four digits standing alone
// ("2016", "FY2024", "Dec 2016-Feb 2017"); not digits of a longer number
// ("12,2016", "120161") or of an amount with a decimal point.
std::optional<std::string> year_named(std::string_view text) {
  auto digit = [](char c) { return c >= '0' && c <= '9'; };
  for (std::size_t i = 0; i + 4 <= text.size(); ++i) {
    if (!digit(text[i]) || !digit(text[i + 1]) || !digit(text[i + 2]) || !digit(text[i + 3])) continue;
    const bool before = i > 0 && (digit(text[i - 1]) || text[i - 1] == ',' || text[i - 1] == '.');
    const bool after = i + 4 < text.size() && (digit(text[i + 4]) || (text[i + 4] == '.' && i + 5 < text.size() && digit(text[i + 5])) ||
                                              (text[i + 4] == ',' && i + 5 < text.size() && digit(text[i + 5])));
    const std::string_view year = text.substr(i, 4);
    if (!before && !after && (year.starts_with("19") || year.starts_with("20"))) return std::string(year);
  }
  return std::nullopt;
}

Provenance read_provenance(TableReader& figure) {
  Provenance provenance;
  const toml::node* basis = figure.node("basis", Need::optional);
  if (basis) {
    const auto* value = basis->as_string();
    if (!value || value->get() != "assumption") {
      figure.problem_at(*basis, "basis",
                        "must be \"assumption\" (a published figure gives source and as_of instead, without basis)");
    }
    provenance.assumption = true;
    provenance.reason = figure.text("reason", Need::required).value_or("");
    provenance.source = figure.text("source", Need::optional).value_or("");
    provenance.as_of = figure.date("as_of", Need::optional).value_or("");
    // Dated data named only in the reason must date the figure too, or nothing
    // could say that it is old.
    if (const auto year = year_named(provenance.reason); year && !figure.has("as_of")) {
      figure.problem_at(*figure.node("reason", Need::optional), "reason",
                        "names the year " + *year + " but the figure has no as_of: give the date of the data it rests on");
    }
    return provenance;
  }
  if (figure.has("reason")) {
    figure.problem_at(*figure.node("reason", Need::optional), "reason",
                      "only an assumption has a reason: add basis = \"assumption\"");
  }
  if (!figure.has("source")) {
    figure.problem_here("missing key 'source' (a figure gives source and as_of, or basis = \"assumption\" and reason)");
    figure.node("source", Need::optional);
  } else {
    provenance.source = figure.text("source", Need::required).value_or("");
  }
  provenance.as_of = figure.date("as_of", Need::required).value_or("");
  return provenance;
}

PriceFigure read_price_fields(TableReader& figure) {
  PriceFigure price;
  if (figure.has("amount")) {
    if (figure.has("low") || figure.has("high")) {
      figure.problem_here("give either 'amount' or 'low' and 'high', not both");
    }
    const Money amount = figure.amount("amount", Need::required).value_or(Money{});
    price.range = MoneyRange::exactly(amount);
    figure.node("low", Need::optional);
    figure.node("high", Need::optional);
  } else {
    const auto low = figure.amount("low", Need::required);
    const auto high = figure.amount("high", Need::required);
    if (low && high && *low > *high) {
      figure.problem_at(*figure.node("high", Need::required), "high", "is lower than low");
    }
    price.range = {low.value_or(Money{}), high.value_or(Money{}), false};
  }
  price.range.high_open = figure.flag("high_open");
  if (figure.has("typical")) {
    price.typical = figure.amount("typical", Need::required);
    if (price.typical && (*price.typical < price.range.low || *price.typical > price.range.high)) {
      figure.problem_at(*figure.node("typical", Need::required), "typical", "must be within low and high");
    }
  }
  price.provenance = read_provenance(figure);
  return price;
}

PriceFigure read_price(TableReader& parent, std::string_view key) {
  const toml::table* table = parent.table(key, Need::required);
  if (!table) return {};
  TableReader figure = parent.child(*table, parent.child_name(key));
  PriceFigure price = read_price_fields(figure);
  figure.reject_unknown_keys();
  return price;
}

CountFigure read_count(TableReader& parent, std::string_view key, std::string_view field, int low, int high) {
  const toml::table* table = parent.table(key, Need::required);
  if (!table) return {};
  TableReader figure = parent.child(*table, parent.child_name(key));
  CountFigure count;
  count.value = figure.count(field, low, high, Need::required).value_or(low);
  count.provenance = read_provenance(figure);
  figure.reject_unknown_keys();
  return count;
}

}  // namespace cpcost
