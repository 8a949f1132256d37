#include "core/catalog.hpp"

#include <algorithm>
#include <stdexcept>
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

bool is_known_origin(std::string_view origin) { return origin_slot(origin).has_value(); }

namespace {
// Each origin's place in kOrigins, plus one, by its first character: the
// origins differ there (checked below), so a batch row's origin is found by
// one compare, not a search of the list in an order no branch can learn.
constexpr std::array<std::uint8_t, 256> kOriginByFirst = [] {
  std::array<std::uint8_t, 256> places{};
  for (std::size_t slot = 0; slot < kOrigins.size(); ++slot) {
    places[static_cast<unsigned char>(kOrigins[slot].front())] = static_cast<std::uint8_t>(slot + 1);
  }
  return places;
}();
static_assert([] {
  for (std::size_t slot = 0; slot < kOrigins.size(); ++slot) {
    if (kOriginByFirst[static_cast<unsigned char>(kOrigins[slot].front())] != slot + 1) return false;
  }
  return true;
}(), "two origins begin with one character: kOriginByFirst needs another key");
}  // namespace

[[gnu::hot]] std::optional<std::size_t> origin_slot(std::string_view origin) {
  if (origin.empty()) return std::nullopt;
  const std::size_t place = kOriginByFirst[static_cast<unsigned char>(origin.front())];
  if (place == 0 || !same_text(kOrigins[place - 1], origin)) return std::nullopt;
  return place - 1;
}

const PriceFigure* OriginFigures::find(std::string_view origin) const {
  const auto slot = origin_slot(origin);
  return slot ? find(*slot) : nullptr;
}

const PriceFigure& OriginFigures::at(std::string_view origin) const {
  if (const PriceFigure* figure = find(origin)) return *figure;
  throw std::out_of_range("no figure for origin '" + std::string(origin) + "'");
}

PriceFigure& OriginFigures::operator[](std::string_view origin) {
  const auto slot = origin_slot(origin);
  if (!slot) throw std::out_of_range("not an origin: '" + std::string(origin) + "'");
  auto& figure = slots_[*slot];
  if (!figure) figure.emplace();
  return *figure;
}

std::size_t OriginFigures::size() const {
  return static_cast<std::size_t>(std::count_if(slots_.begin(), slots_.end(), [](const auto& slot) { return slot.has_value(); }));
}

[[gnu::hot]] bool EntryRule::applies_to(std::string_view origin) const {
  return origins.empty() || std::find(origins.begin(), origins.end(), origin) != origins.end();
}

std::string known_origins() {
  std::string text;
  for (auto origin : kOrigins) text += (text.empty() ? "" : ", ") + std::string(origin);
  return text;
}

const Destination* lookup_destination(const Catalog& catalog, std::string_view name) {
  // Most names are ids, as written: the common case first, at the cost of a
  // compare (a batch's many lookups go through DestinationIndex first).
  for (const auto& destination : catalog.destinations) {
    if (destination.id == name) return &destination;
  }
  for (const auto& destination : catalog.destinations) {
    if (equal_ignoring_case(destination.id, name)) return &destination;
    for (const auto& alias : destination.aliases) {
      if (equal_ignoring_case(alias, name)) return &destination;
    }
  }
  return nullptr;
}

DestinationIndex::DestinationIndex(const Catalog& catalog) : catalog_(&catalog) {
  for (const Destination& destination : catalog.destinations) {
    auto add = [&](std::string_view name) {
      Slot& slot = slots_[slot_of(name)];
      // Two names in one slot: the first keeps it (lookup_destination finds the other).
      if (!slot.destination) slot = {name, &destination};
    };
    add(destination.id);
    for (const std::string& alias : destination.aliases) add(alias);
  }
}

const Destination& find_destination(const Catalog& catalog, std::string_view name) {
  if (const Destination* destination = lookup_destination(catalog, name)) return *destination;

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

  // A few known ids, not all: a data directory may hold hundreds.
  constexpr std::size_t kListed = 10;
  std::vector<std::string> ids;
  for (const auto& destination : catalog.destinations) {
    if (ids.size() < kListed) ids.push_back(destination.id);
  }
  const std::size_t more = catalog.destinations.size() - ids.size();

  std::string message = "unknown country '" + std::string(name) + "'";
  message += suggestions.empty() ? "." : "; did you mean " + quoted_list(suggestions) + "?";
  message += " Known countries: " + quoted_list(ids);
  if (more > 0) message += " and " + std::to_string(more) + " more (cpcost countries lists them all)";
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
  return by_origin.find(origin);
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

std::optional<int> Advisory::level_number() const {
  // "Level 2: Exercise increased caution": the State Department's four levels.
  constexpr std::string_view kPrefix = "Level ";
  if (level.size() <= kPrefix.size() || level.compare(0, kPrefix.size(), kPrefix) != 0) return std::nullopt;
  const char digit = level[kPrefix.size()];
  const bool alone = level.size() == kPrefix.size() + 1 || level[kPrefix.size() + 1] == ':';
  if (digit < '1' || digit > '4' || !alone) return std::nullopt;
  return digit - '0';
}

std::optional<TreatmentAdvisory> treatment_advisory(const Destination& destination) {
  std::optional<TreatmentAdvisory> highest;
  for (const Advisory& advisory : destination.advisories) {
    const std::optional<int> country = advisory.level_number();
    if (!country) continue;
    const TreatmentAdvisory here{&advisory, advisory.treatment_level.value_or(*country),
                                 advisory.treatment_level.has_value()};
    if (!highest || here.level > highest->level) highest = here;
  }
  return highest;
}

AsOfSpan as_of_span(const Catalog& catalog) {
  AsOfSpan span;
  // Dates as the data writes them, "2025", "2025-06" or "2025-06-01": in that
  // form a string comparison is a date comparison.
  const auto see = [&](const Provenance& provenance) {
    const std::string& date = provenance.as_of;
    if (date.empty()) return;
    if (span.oldest.empty() || date < span.oldest) span.oldest = date;
    if (span.newest.empty() || date > span.newest) span.newest = date;
  };
  for (const Destination& destination : catalog.destinations) {
    for (const ItemFigures& figures : destination.items) {
      see(figures.figure.provenance);
      figures.by_origin.for_each([&](std::string_view, const PriceFigure& figure) { see(figure.provenance); });
    }
    for (const Advisory& advisory : destination.advisories) see(advisory.provenance);
    for (const EntryRule& rule : destination.entry_rules) see(rule.provenance);
  }
  see(catalog.checklist.provenance);
  for (const auto& [code, rate] : catalog.currencies.rates) see(rate.provenance);
  return span;
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
