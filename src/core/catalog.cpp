#include "core/catalog.hpp"

#include <algorithm>
#include <utility>

#include "core/error.hpp"
#include "core/suggest.hpp"
#include "core/text.hpp"

namespace cpcost {

namespace {

std::string quoted_list(const std::vector<std::string>& words) {
  std::string text;
  for (const auto& word : words) text += (text.empty() ? "'" : ", '") + word + "'";
  return text;
}

}  // namespace

bool is_known_origin(std::string_view origin) {
  return std::find(kOrigins.begin(), kOrigins.end(), origin) != kOrigins.end();
}

bool EntryRule::applies_to(std::string_view origin) const {
  return origins.empty() || std::find(origins.begin(), origins.end(), origin) != origins.end();
}

std::string known_origins() {
  std::string text;
  for (auto origin : kOrigins) text += (text.empty() ? "" : ", ") + std::string(origin);
  return text;
}

const Destination& find_destination(const Catalog& catalog, std::string_view name) {
  // Most names are ids, as written: the common case first, at the cost of a compare.
  for (const auto& destination : catalog.destinations) {
    if (destination.id == name) return destination;
  }
  for (const auto& destination : catalog.destinations) {
    if (equal_ignoring_case(destination.id, name)) return destination;
    for (const auto& alias : destination.aliases) {
      if (equal_ignoring_case(alias, name)) return destination;
    }
  }

  // Suggest ids only: an alias that is close still points at its destination's id.
  std::vector<std::string> names;
  std::vector<const Destination*> owners;
  for (const auto& destination : catalog.destinations) {
    names.push_back(destination.id);
    owners.push_back(&destination);
    for (const auto& alias : destination.aliases) {
      names.push_back(alias);
      owners.push_back(&destination);
    }
  }
  std::vector<std::string> suggestions;
  for (const auto& match : closest_matches(name, names)) {
    const auto at = static_cast<std::size_t>(std::find(names.begin(), names.end(), match) - names.begin());
    const std::string& id = owners[at]->id;
    if (std::find(suggestions.begin(), suggestions.end(), id) == suggestions.end()) suggestions.push_back(id);
  }
  if (suggestions.size() > 3) suggestions.resize(3);

  std::vector<std::string> ids;
  for (const auto& destination : catalog.destinations) ids.push_back(destination.id);

  std::string message = "unknown country '" + std::string(name) + "'";
  message += suggestions.empty() ? "." : "; did you mean " + quoted_list(suggestions) + "?";
  message += " Known countries: " + quoted_list(ids);
  throw Error(ErrorKind::usage, message);
}

std::vector<std::string> expand_all(const std::vector<std::string>& names, const Catalog& catalog) {
  std::vector<std::string> expanded;
  for (const auto& name : names) {
    if (!equal_ignoring_case(name, "all")) {
      expanded.push_back(name);
      continue;
    }
    for (const auto& destination : catalog.destinations) expanded.push_back(destination.id);
  }
  return expanded;
}

const PriceFigure* ItemFigures::for_origin(std::string_view origin) const {
  if (!item || item->shape == Shape::one) return &figure;
  const auto found = by_origin.find(origin);
  return found == by_origin.end() ? nullptr : &found->second;
}

const ItemFigures* Destination::item(std::string_view item_id) const {
  for (const auto& figures : items) {
    if (figures.item && figures.item->id == item_id) return &figures;
  }
  return nullptr;
}

ItemFigures* Destination::item(std::string_view item_id) {
  return const_cast<ItemFigures*>(std::as_const(*this).item(item_id));
}

const PriceFigure& Destination::figure(std::string_view item_id) const {
  const ItemFigures* figures = item(item_id);
  // The data layer requires every required item; this guards a hand-built catalog.
  if (!figures) throw Error(ErrorKind::data, source_path + ": no figure for '" + std::string(item_id) + "'");
  return figures->figure;
}

std::string_view Destination::words(std::string_view item_id) const {
  const ItemFigures* figures = item(item_id);
  return figures ? std::string_view(figures->words) : std::string_view();
}

std::vector<const Destination*> destinations_named(const Catalog& catalog, const std::vector<std::string>& names) {
  std::vector<const Destination*> chosen;
  if (names.empty()) {
    for (const auto& destination : catalog.destinations) chosen.push_back(&destination);
    return chosen;
  }
  for (const auto& name : expand_all(names, catalog)) {
    const Destination* destination = &find_destination(catalog, name);
    if (std::find(chosen.begin(), chosen.end(), destination) == chosen.end()) chosen.push_back(destination);
  }
  return chosen;
}

}  // namespace cpcost
