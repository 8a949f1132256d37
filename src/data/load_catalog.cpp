#include "data/load_catalog.hpp"

#include <algorithm>
#include <string>

#include "core/query.hpp"
#include "core/text.hpp"
#include "data/load_checklist.hpp"
#include "data/load_currencies.hpp"
#include "data/table_reader.hpp"

namespace cpcost {

namespace {

// A table with one price figure per origin, and maybe other keys the caller reads first.
OriginFigures read_per_origin(TableReader& table) {
  OriginFigures figures;
  for (auto origin : kOrigins) {
    if (table.has(origin)) figures[origin] = read_price(table, origin);
  }
  table.reject_unknown_keys("known origins: " + known_origins());
  for (auto origin : kOrigins) {
    if (!figures.find(origin)) table.problem_here("missing origin '" + std::string(origin) + "'");
  }
  return figures;
}

bool is_id(std::string_view id) {
  return !id.empty() && std::all_of(id.begin(), id.end(), [](char c) {
           return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-';
         });
}

Destination read_destination(const toml::table& root, const std::string& path, Problems& problems,
                             std::optional<Date> today, CostItems items) {
  TableReader file(root, path, "", problems, today);
  Destination destination;
  destination.source_path = path;

  destination.id = file.text("id", Need::required).value_or("");
  if (!destination.id.empty() && !is_id(destination.id)) {
    file.problem_at(*file.node("id", Need::required), "id", "must be lowercase letters, digits and '-', not '" + destination.id + "'");
  }
  destination.name = file.text("name", Need::required).value_or(destination.id);
  destination.name_in_text = file.text("name_in_text", Need::optional).value_or("");
  destination.aliases = file.texts("aliases", Need::required);
  destination.cities = file.texts("cities", Need::required);
  destination.key_considerations = file.text("key_considerations", Need::required).value_or("");
  destination.price_note = file.text("price_note", Need::optional).value_or("");

  // The cost items' figures, each under its item's key, as the item table says.
  for (const CostItem& item : items) {
    const toml::table* table = file.table(item.data_key, item.required ? Need::required : Need::optional);
    if (!table && item.derive != Derive::none) {
      // Left out: the item's rule gives its figure.
      ItemFigures derived;
      derived.item = &item;
      derived.derived = true;
      destination.items.push_back(std::move(derived));
    }
    if (!table) continue;
    TableReader reader = file.child(*table, file.child_name(item.data_key));
    ItemFigures figures;
    figures.item = &item;
    if (!item.words_key.empty()) {
      const Need need = item.words == Words::label ? Need::required : Need::optional;
      figures.words = reader.text(item.words_key, need).value_or("");
    }
    if (item.shape == Shape::per_origin) {
      figures.by_origin = read_per_origin(reader);
    } else {
      figures.figure = read_price_fields(reader);
      reader.reject_unknown_keys();
    }
    destination.items.push_back(std::move(figures));
  }

  // The counts the quantities come from.
  destination.infusions_included = read_count(file, "infusions", "included", 1, 50);
  if (const toml::table* table = file.table("stay", Need::required)) {
    TableReader stay = file.child(*table, "stay");
    destination.stay.nights_per_cycle = stay.count("nights_per_cycle", 0, 365, Need::required).value_or(0);
    destination.stay.extra_nights_per_extra_infusion =
        stay.count("extra_nights_per_extra_infusion", 0, 60, Need::required).value_or(0);
    destination.stay.provenance = read_provenance(stay);
    stay.reject_unknown_keys();
  }
  destination.travelers_per_room = read_count(file, "room", "travelers", 1, 10);

  auto each_table = [&](std::string_view key, auto&& read) {
    const toml::array* array = file.array(key, Need::optional);
    if (!array) return;
    for (std::size_t i = 0; i < array->size(); ++i) {
      const toml::node& element = *array->get(i);
      const std::string name = std::string(key) + "[" + std::to_string(i) + "]";
      if (const auto* table = element.as_table()) {
        TableReader reader = file.child(*table, name);
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
    advisory.treatment_level = reader.count("treatment_level", 1, 4, Need::optional);
    advisory.treatment_area = reader.text("treatment_area", advisory.treatment_level ? Need::required : Need::optional)
                                  .value_or("");
    if (advisory.treatment_level && !advisory.level_number()) {
      reader.problem_at(*reader.node("treatment_level", Need::optional), "treatment_level",
                        "a treatment area's level needs the country's level numbered too (\"Level 1: ...\" to \"Level 4: ...\")");
    }
    destination.advisories.push_back(std::move(advisory));
  });
  each_table("entry_rules", [&](TableReader& reader) {
    EntryRule rule;
    rule.summary = reader.text("summary", Need::required).value_or("");
    rule.provenance.source = reader.text("source", Need::required).value_or("");
    rule.provenance.as_of = reader.date("as_of", Need::required).value_or("");
    if (const toml::node* node = reader.node("origins", Need::optional)) {
      rule.origins = reader.texts("origins", Need::optional);
      for (const auto& origin : rule.origins) {
        if (!is_known_origin(origin)) {
          reader.problem_at(*node, "origins", "unknown origin '" + origin + "'; known origins: " + known_origins());
        }
      }
    }
    // A limit the rule sets on the party, in its own words too (the summary): the estimate says when a query exceeds it.
    rule.max_companions = reader.count("max_companions", 0, QueryLimits::max_companions, Need::optional);
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
  for (const auto& entry : loaded) {
    // Named, not bound: a lambda may capture these (clang 14 cannot capture structured bindings).
    const Destination& destination = entry.first;
    const toml::table* root = entry.second;
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

std::vector<Problem> check_catalog(const DataFiles& files, Catalog* catalog, std::optional<Date> today,
                                   CostItems items) {
  Problems problems;
  std::vector<toml::table> roots;
  roots.reserve(files.destinations.size());
  std::vector<std::pair<Destination, const toml::table*>> loaded;
  for (const auto& file : files.destinations) {
    auto root = parse_toml(file.path, file.text, problems);
    if (!root) continue;
    roots.push_back(std::move(*root));
    const std::size_t before = problems.size();
    Destination destination = read_destination(roots.back(), file.path, problems, today, items);

    if (problems.size() == before) loaded.emplace_back(std::move(destination), &roots.back());
  }
  check_names_unique(loaded, problems);
  Checklist checklist;
  if (files.checklist) checklist = read_checklist(*files.checklist, problems, today);
  Currencies currencies;
  if (files.currencies) currencies = read_currencies(*files.currencies, problems, today);
  if (catalog) {
    catalog->checklist = std::move(checklist);
    catalog->currencies = std::move(currencies);
    catalog->destinations.clear();
    for (auto& [destination, root] : loaded) catalog->destinations.push_back(std::move(destination));
    std::sort(catalog->destinations.begin(), catalog->destinations.end(),
              [](const Destination& a, const Destination& b) { return a.id < b.id; });
  }
  return problems;
}

Catalog load_catalog(const DataFiles& files, std::optional<Date> today, CostItems items) {
  if (files.destinations.empty()) throw Error(ErrorKind::data, "no destination data files");
  Catalog catalog;
  const auto problems = check_catalog(files, &catalog, today, items);
  if (!problems.empty()) throw Error(ErrorKind::data, problems.front().where, problems.front().message);
  return catalog;
}

}  // namespace cpcost
