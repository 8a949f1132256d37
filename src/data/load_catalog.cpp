#include "data/load_catalog.hpp"

#include <toml++/toml.h>

#include <algorithm>
#include <set>
#include <string>

#include "core/text.hpp"

namespace cpcost {

namespace {

using Problems = std::vector<Problem>;

enum class Need { required, optional };

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

bool is_leap_year(int year) { return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0; }

int days_in_month(int year, int month) {
  static constexpr int days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  return month == 2 && is_leap_year(year) ? 29 : days[month - 1];
}

// "YYYY", "YYYY-MM" or "YYYY-MM-DD", each part in range.
bool is_partial_date(std::string_view text) {
  auto number = [&](std::size_t at, std::size_t width, int& out) {
    if (at + width > text.size()) return false;
    out = 0;
    for (std::size_t i = at; i < at + width; ++i) {
      if (text[i] < '0' || text[i] > '9') return false;
      out = out * 10 + (text[i] - '0');
    }
    return true;
  };
  int year = 0, month = 0, day = 0;
  if (!number(0, 4, year) || year < 1900) return false;
  if (text.size() == 4) return true;
  if (text.size() < 7 || text[4] != '-' || !number(5, 2, month) || month < 1 || month > 12) return false;
  if (text.size() == 7) return true;
  return text.size() == 10 && text[7] == '-' && number(8, 2, day) && day >= 1 && day <= days_in_month(year, month);
}

// Reads one TOML table against the schema: each getter marks its key as known,
// records a problem for a missing or ill-typed value, and returns what it could read.
class TableReader {
 public:
  TableReader(const toml::table& table, const std::string& path, std::string name, Problems& problems)
      : table_(table), path_(path), name_(std::move(name)), problems_(problems) {}

  std::string child_name(std::string_view key) const { return name_.empty() ? std::string(key) : name_ + "." + std::string(key); }
  const std::string& path() const { return path_; }
  Problems& problems() const { return problems_; }

  void problem_at(const toml::node& node, std::string_view key, const std::string& message) const {
    problems_.push_back({position_of(path_, node.source()), child_name(key) + ": " + message});
  }
  void problem_here(const std::string& message) const {
    problems_.push_back({position_of(path_, table_.source()), (name_.empty() ? "" : name_ + ": ") + message});
  }

  bool has(std::string_view key) const { return table_.contains(key); }

  const toml::node* node(std::string_view key, Need need) {
    known_.insert(std::string(key));
    const toml::node* found = table_.get(key);
    if (!found && need == Need::required) problem_here("missing key '" + std::string(key) + "'");
    return found;
  }

  std::optional<std::string> text(std::string_view key, Need need) {
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

  std::optional<int> count(std::string_view key, int low, int high, Need need) {
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

  std::optional<Money> amount(std::string_view key, Need need) {
    const toml::node* found = node(key, need);
    if (!found) return std::nullopt;
    static const std::string kWhat = "an amount in dollars (12400, or a string with cents such as \"25.75\")";
    std::optional<Money> money;
    if (const auto* integer = found->as_integer()) {
      if (integer->get() < 0) {
        problem_at(*found, key, "must not be negative, not " + std::to_string(integer->get()));
        return std::nullopt;
      }
      if (integer->get() <= kMaxFigureDollars) money = Money::from_units(integer->get());
    } else if (const auto* string = found->as_string()) {
      money = parse_decimal_amount(string->get());
      if (!money) {
        const bool negative = !string->get().empty() && string->get().front() == '-';
        problem_at(*found, key, negative ? "must not be negative, not \"" + string->get() + "\""
                                         : "expected " + kWhat + ", found \"" + string->get() + "\"");
        return std::nullopt;
      }
    } else {
      return wrong_type(*found, key, kWhat);
    }
    if (!money || *money > Money::from_units(kMaxFigureDollars)) {
      problem_at(*found, key, "is larger than a figure may be (at most " + group_thousands(kMaxFigureDollars) + " dollars)");
      return std::nullopt;
    }
    return money;
  }

  bool flag(std::string_view key) {
    const toml::node* found = node(key, Need::optional);
    if (!found) return false;
    const auto* value = found->as_boolean();
    if (!value) {
      wrong_type(*found, key, "true or false");
      return false;
    }
    return value->get();
  }

  std::optional<std::string> date(std::string_view key, Need need) {
    const toml::node* found = node(key, need);
    if (!found) return std::nullopt;
    if (const auto* value = found->as_date()) {
      const toml::date& d = value->get();
      char text[16];
      std::snprintf(text, sizeof text, "%04d-%02d-%02d", static_cast<int>(d.year), static_cast<int>(d.month),
                    static_cast<int>(d.day));
      return std::string(text);
    }
    if (const auto* value = found->as_string(); value && is_partial_date(value->get())) return value->get();
    return wrong_type(*found, key, "a date (2025-11-21), or a string \"2025-06\" or \"2025\" when only the month or year is known");
  }

  std::vector<std::string> texts(std::string_view key, Need need) {
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

  const toml::table* table(std::string_view key, Need need) {
    const toml::node* found = node(key, need);
    if (!found) return nullptr;
    const auto* value = found->as_table();
    if (!value) wrong_type(*found, key, "a table");
    return value;
  }

  const toml::array* array(std::string_view key, Need need) {
    const toml::node* found = node(key, need);
    if (!found) return nullptr;
    const auto* value = found->as_array();
    if (!value) wrong_type(*found, key, "an array of tables ([[" + child_name(key) + "]])");
    return value;
  }

  // A misspelt key must not silently drop a figure.
  void reject_unknown_keys(std::string_view hint = {}) const {
    for (auto&& [key, value] : table_) {
      if (known_.count(std::string(key.str()))) continue;
      problems_.push_back({position_of(path_, key.source()), "unknown key '" + child_name(key.str()) + "'" +
                                                                  (hint.empty() ? "" : "; " + std::string(hint))});
    }
  }

 private:
  std::nullopt_t wrong_type(const toml::node& node, std::string_view key, const std::string& expected) const {
    problem_at(node, key, "expected " + expected + ", found " + std::string(describe(node)));
    return std::nullopt;
  }

  const toml::table& table_;
  const std::string& path_;
  std::string name_;
  Problems& problems_;
  std::set<std::string, std::less<>> known_;
};

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

// low and high (or a single amount), high_open, and provenance.
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
  price.provenance = read_provenance(figure);
  return price;
}

PriceFigure read_price(TableReader& parent, std::string_view key) {
  const toml::table* table = parent.table(key, Need::required);
  if (!table) return {};
  TableReader figure(*table, parent.path(), parent.child_name(key), parent.problems());
  PriceFigure price = read_price_fields(figure);
  figure.reject_unknown_keys();
  return price;
}

CountFigure read_count(TableReader& parent, std::string_view key, std::string_view field, int low, int high) {
  const toml::table* table = parent.table(key, Need::required);
  if (!table) return {};
  TableReader figure(*table, parent.path(), parent.child_name(key), parent.problems());
  CountFigure count;
  count.value = figure.count(field, low, high, Need::required).value_or(low);
  count.provenance = read_provenance(figure);
  figure.reject_unknown_keys();
  return count;
}

// A table with one price figure per origin, and maybe other keys the caller reads first.
std::map<std::string, PriceFigure, std::less<>> read_per_origin(TableReader& table) {
  std::map<std::string, PriceFigure, std::less<>> figures;
  for (auto origin : kOrigins) {
    if (table.has(origin)) figures[std::string(origin)] = read_price(table, origin);
  }
  table.reject_unknown_keys("known origins: " + known_origins());
  for (auto origin : kOrigins) {
    if (!figures.count(origin)) table.problem_here("missing origin '" + std::string(origin) + "'");
  }
  return figures;
}

bool is_id(std::string_view id) {
  return !id.empty() && std::all_of(id.begin(), id.end(), [](char c) {
           return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-';
         });
}

Destination read_destination(const toml::table& root, const std::string& path, Problems& problems) {
  TableReader file(root, path, "", problems);
  Destination destination;
  destination.source_path = path;

  destination.id = file.text("id", Need::required).value_or("");
  if (!destination.id.empty() && !is_id(destination.id)) {
    file.problem_at(*file.node("id", Need::required), "id", "must be lowercase letters, digits and '-', not '" + destination.id + "'");
  }
  destination.name = file.text("name", Need::required).value_or(destination.id);
  destination.aliases = file.texts("aliases", Need::required);
  destination.cities = file.texts("cities", Need::required);
  destination.key_considerations = file.text("key_considerations", Need::required).value_or("");

  destination.cycle_price = read_price(file, "cycle_price");
  destination.infusions_included = read_count(file, "infusions", "included", 1, 50);
  destination.extra_infusion = read_price(file, "extra_infusion");

  if (const toml::table* table = file.table("stay", Need::required)) {
    TableReader stay(*table, path, "stay", problems);
    destination.stay.nights_per_cycle = stay.count("nights_per_cycle", 0, 365, Need::required).value_or(0);
    destination.stay.extra_nights_per_extra_infusion =
        stay.count("extra_nights_per_extra_infusion", 0, 60, Need::required).value_or(0);
    destination.stay.provenance = read_provenance(stay);
    stay.reject_unknown_keys();
  }

  destination.accommodation = read_price(file, "accommodation");
  destination.travelers_per_room = read_count(file, "room", "travelers", 1, 10);
  destination.daily_costs = read_price(file, "daily_costs");

  if (const toml::table* table = file.table("flights", Need::required)) {
    TableReader flights(*table, path, "flights", problems);
    destination.flight_arrival = flights.text("arrival", Need::optional).value_or("");
    destination.flights = read_per_origin(flights);
  }
  if (const toml::table* table = file.table("visa", Need::required)) {
    TableReader visa(*table, path, "visa", problems);
    destination.visa = read_per_origin(visa);
  }

  if (const toml::table* table = file.table("overland", Need::optional)) {
    TableReader overland(*table, path, "overland", problems);
    OverlandLeg leg;
    leg.description = overland.text("description", Need::required).value_or("Overland leg");
    leg.fare = read_price_fields(overland);
    overland.reject_unknown_keys();
    destination.overland = std::move(leg);
  }

  auto each_table = [&](std::string_view key, auto&& read) {
    const toml::array* array = file.array(key, Need::optional);
    if (!array) return;
    for (std::size_t i = 0; i < array->size(); ++i) {
      const toml::node& element = *array->get(i);
      const std::string name = std::string(key) + "[" + std::to_string(i) + "]";
      if (const auto* table = element.as_table()) {
        TableReader reader(*table, path, name, problems);
        read(reader);
        reader.reject_unknown_keys();
      } else {
        problems.push_back({position_of(path, element.source()), name + ": expected a table, found " + std::string(describe(element))});
      }
    }
  };
  each_table("advisories", [&](TableReader& reader) {
    Advisory advisory;
    advisory.issuer = reader.text("issuer", Need::required).value_or("");
    advisory.level = reader.text("level", Need::required).value_or("");
    advisory.summary = reader.text("summary", Need::required).value_or("");
    advisory.provenance.source = reader.text("source", Need::required).value_or("");
    advisory.provenance.as_of = reader.date("as_of", Need::required).value_or("");
    destination.advisories.push_back(std::move(advisory));
  });
  each_table("entry_rules", [&](TableReader& reader) {
    EntryRule rule;
    rule.summary = reader.text("summary", Need::required).value_or("");
    rule.provenance.source = reader.text("source", Need::required).value_or("");
    rule.provenance.as_of = reader.date("as_of", Need::required).value_or("");
    destination.entry_rules.push_back(std::move(rule));
  });

  file.reject_unknown_keys();
  return destination;
}

// Ids and aliases name one destination each, whatever the case.
void check_names_unique(const std::vector<std::pair<Destination, const toml::table*>>& loaded, Problems& problems) {
  struct Claim {
    std::string owner_path;
    std::string owner_id;
  };
  std::map<std::string, Claim> claims;
  for (const auto& [destination, root] : loaded) {
    auto claim = [&](const std::string& name, const toml::node* node, std::string_view key) {
      const std::string folded = ascii_lowercase(name);
      const auto [existing, inserted] = claims.emplace(folded, Claim{destination.source_path, destination.id});
      if (inserted) return;
      const std::string where = existing->second.owner_path == destination.source_path
                                    ? "this file"
                                    : existing->second.owner_path;
      problems.push_back({position_of(destination.source_path, node ? node->source() : root->source()),
                          std::string(key) + ": '" + name + "' already names destination '" + existing->second.owner_id +
                              "' (" + where + ")"});
    };
    claim(destination.id, root->get("id"), "id");
    const auto* aliases = root->get_as<toml::array>("aliases");
    for (std::size_t i = 0; i < destination.aliases.size(); ++i) {
      const toml::node* node = aliases && i < aliases->size() ? aliases->get(i) : nullptr;
      claim(destination.aliases[i], node, "aliases[" + std::to_string(i) + "]");
    }
  }
}

}  // namespace

std::vector<Problem> check_catalog(const std::vector<DataFile>& files, Catalog* catalog) {
  Problems problems;
  std::vector<toml::table> roots;
  roots.reserve(files.size());
  std::vector<std::pair<Destination, const toml::table*>> loaded;
  for (const auto& file : files) {
    try {
      roots.push_back(toml::parse(file.text, file.path));
    } catch (const toml::parse_error& error) {
      problems.push_back({position_of(file.path, error.source()), std::string(error.description())});
      continue;
    }
    const std::size_t before = problems.size();
    Destination destination = read_destination(roots.back(), file.path, problems);
    if (problems.size() == before) loaded.emplace_back(std::move(destination), &roots.back());
  }
  check_names_unique(loaded, problems);
  if (catalog) {
    catalog->destinations.clear();
    for (auto& [destination, root] : loaded) catalog->destinations.push_back(std::move(destination));
    std::sort(catalog->destinations.begin(), catalog->destinations.end(),
              [](const Destination& a, const Destination& b) { return a.id < b.id; });
  }
  return problems;
}

Catalog load_catalog(const std::vector<DataFile>& files) {
  if (files.empty()) throw Error(ErrorKind::data, "no destination data files");
  Catalog catalog;
  const auto problems = check_catalog(files, &catalog);
  if (!problems.empty()) throw Error(ErrorKind::data, problems.front().where, problems.front().message);
  return catalog;
}

}  // namespace cpcost
