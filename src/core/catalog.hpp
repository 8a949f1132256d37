#pragma once
// What the data says about each destination. Built by the data layer from
// TOML; read by the estimate. Every figure carries its provenance.

#include <array>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/cost_items.hpp"
#include "core/currency.hpp"
#include "core/provenance.hpp"
#include "core/range.hpp"
#include "core/text.hpp"

namespace cpcost {

// Where travelers fly from. Flights and visa fees are given per origin region.
inline constexpr std::array<std::string_view, 5> kOrigins = {"north-america", "europe", "asia", "middle-east",
                                                            "latin-america"};
bool is_known_origin(std::string_view origin);
// An origin's place in kOrigins; empty for an unknown one.
std::optional<std::size_t> origin_slot(std::string_view origin);
// "north-america, europe, ...", for messages.
std::string known_origins();

struct PriceFigure {
  MoneyRange range;
  Provenance provenance;
  // The most likely value, where the source gives one: likely ranges then draw
  // from a PERT distribution over the range instead of a uniform one.
  std::optional<Money> typical{};

  friend bool operator==(const PriceFigure&, const PriceFigure&) = default;
};

struct CountFigure {
  int value = 0;
  Provenance provenance;

  friend bool operator==(const CountFigure&, const CountFigure&) = default;
};

struct Stay {
  int nights_per_cycle = 0;
  int extra_nights_per_extra_infusion = 0;
  Provenance provenance;

  friend bool operator==(const Stay&, const Stay&) = default;
};

// A per-origin item's figures (flights, visa fees): a slot for each origin of
// kOrigins, so that an estimate finds its figure by the origin's place instead
// of comparing names (a batch run looks up millions).
class OriginFigures {
 public:
  const PriceFigure* find(std::size_t slot) const { return slots_[slot] ? &*slots_[slot] : nullptr; }
  const PriceFigure* find(std::string_view origin) const;        // null when not given, or not an origin
  const PriceFigure& at(std::string_view origin) const;          // throws std::out_of_range when not given
  PriceFigure& operator[](std::string_view origin);              // a known origin; throws std::out_of_range otherwise
  std::size_t size() const;                                      // how many origins have a figure
  // Each given figure with its origin, in kOrigins' order.
  template <class Visit>
  void for_each(Visit visit) const {
    for (std::size_t slot = 0; slot < kOrigins.size(); ++slot) {
      if (slots_[slot]) visit(kOrigins[slot], *slots_[slot]);
    }
  }

  friend bool operator==(const OriginFigures&, const OriginFigures&) = default;

 private:
  std::array<std::optional<PriceFigure>, kOrigins.size()> slots_{};
};

// One cost item's figures at a destination, as the data gives them.
struct ItemFigures {
  const CostItem* item = nullptr;  // its definition, in the table the data was read with
  PriceFigure figure;              // Shape::one
  OriginFigures by_origin;         // Shape::per_origin
  std::string words;               // the text under the item's words_key: "Rzeszów, Poland"
  bool derived = false;            // the data leaves it out: its figure comes from the item's Derive rule

  // The figure for travelers from origin: by_origin's for a per-origin item, else the one.
  const PriceFigure* for_origin(std::string_view origin) const;
  const PriceFigure* for_origin(std::size_t slot) const {  // the same by the origin's place in kOrigins
    return !item || item->shape == Shape::one ? &figure : by_origin.find(slot);
  }

  friend bool operator==(const ItemFigures&, const ItemFigures&) = default;
};

struct Advisory {
  std::string issuer;
  std::string level;  // as the issuer words it: "Level 2: Exercise increased caution"
  std::string summary;
  Provenance provenance;
  // Where the treatment happens, when the issuer rates it apart from the country
  // (Mexico's treatment cities are Level 3 in a Level 2 country): its level and name.
  std::optional<int> treatment_level;
  std::string treatment_area;

  // The issuer's numbered level (the US Department of State's 1 to 4), read from
  // the level's words ("Level 2: ..."); empty for an unnumbered one (a closure order).
  std::optional<int> level_number() const;

  friend bool operator==(const Advisory&, const Advisory&) = default;
};

// The advisory a family reads first: of those with a numbered level, the
// highest where the treatment happens (its area's level where the data gives
// one, else the country's). Empty: no numbered advisory.
struct TreatmentAdvisory {
  const Advisory* advisory = nullptr;
  int level = 0;  // where the treatment happens
  bool area = false;  // the level is the treatment area's, not the country's
};

struct EntryRule {
  std::string summary;
  Provenance provenance;
  // The origins (kOrigins) whose travelers it concerns, as the visa figures are
  // given per origin; empty: everyone.
  std::vector<std::string> origins;
  // The most companions it admits with the patient (India: at most two
  // attendants get e-Medical Attendant visas); empty: it says nothing of them.
  std::optional<int> max_companions;

  bool applies_to(std::string_view origin) const;

  friend bool operator==(const EntryRule&, const EntryRule&) = default;
};

struct Destination {
  std::string id;
  std::string name;
  std::string name_in_text;  // "the United States": the name inside a sentence; empty: the name
  std::vector<std::string> aliases;
  std::vector<std::string> cities;
  std::string key_considerations;
  // What a family must know beside the price wherever it is shown ("for treatment
  // sold outside FDA approval"); empty for none.
  std::string price_note;
  std::string source_path;  // the file it was read from, for messages

  CountFigure infusions_included;
  Stay stay;
  CountFigure travelers_per_room;
  std::vector<ItemFigures> items;  // the cost items it gives, in the item table's order

  // The figures of the item with this id; null when the destination gives none.
  const ItemFigures* item(std::string_view item_id) const;
  ItemFigures* item(std::string_view item_id);
  // The one figure of a Shape::one item every destination has ("treatment"):
  // throws a data Error naming the file when a hand-built catalog lacks it.
  const PriceFigure& figure(std::string_view item_id) const;
  // The item's words in the data ("arrival" of flights); empty for none.
  std::string_view words(std::string_view item_id) const;

  std::vector<Advisory> advisories;
  std::vector<EntryRule> entry_rules;

  friend bool operator==(const Destination&, const Destination&) = default;
};

// The seed guide's clinic-evaluation checklist.
struct ChecklistItem {
  std::string name;    // "Accreditation and licensing"
  std::string detail;  // what to check

  friend bool operator==(const ChecklistItem&, const ChecklistItem&) = default;
};

struct Checklist {
  std::string title;
  std::vector<ChecklistItem> items;  // empty when the data has no checklist
  Provenance provenance;

  friend bool operator==(const Checklist&, const Checklist&) = default;
};

struct Catalog {
  std::vector<Destination> destinations;  // sorted by id
  Checklist checklist;
  Currencies currencies;

  friend bool operator==(const Catalog&, const Catalog&) = default;
};

std::optional<TreatmentAdvisory> treatment_advisory(const Destination& destination);

// The oldest and the newest date among the data's figures, advisories, rules,
// checklist and rates ("2010-11-29", "2026-02-16"); empty when none is dated.
struct AsOfSpan {
  std::string oldest, newest;
};
AsOfSpan as_of_span(const Catalog& catalog);

// names with "all" (any case) replaced by every destination id, in the
// catalog's order: the one place "all" is expanded.
std::vector<std::string> expand_all(const std::vector<std::string>& names, const Catalog& catalog);

// The destinations names name (ids, aliases or all), each once, in the order
// first named; every destination when names is empty. Throws as find_destination.
std::vector<const Destination*> destinations_named(const Catalog& catalog, const std::vector<std::string>& names);

// The destination whose id or alias matches name, ignoring case. Throws a
// usage Error naming the closest ids and listing the valid ones otherwise.
const Destination& find_destination(const Catalog& catalog, std::string_view name);
// The same without the error: null for a name that is no destination's id or alias.
const Destination* lookup_destination(const Catalog& catalog, std::string_view name);

// The same for the many lookups of a batch or sweep: a name as the catalog
// writes it (an id or alias) found in a table by a few of its characters and
// one compare, whatever its place among the destinations (a search of the
// list, in rows of no order a branch can learn, was a twelfth of a batch's
// time); any other (another case, a name that shares its slot) by
// lookup_destination. The catalog must outlive the index and not change.
class DestinationIndex {
 public:
  explicit DestinationIndex(const Catalog& catalog);
  const Destination* find(std::string_view name) const {
    const Slot& slot = slots_[slot_of(name)];
    if (slot.destination && same_text(slot.name, name)) return slot.destination;
    return lookup_destination(*catalog_, name);
  }
  const Catalog& catalog() const { return *catalog_; }

 private:
  struct Slot {
    std::string_view name;  // into the catalog
    const Destination* destination = nullptr;
  };
  static constexpr std::size_t kSlots = 256;
  static std::size_t slot_of(std::string_view name) {
    if (name.empty()) return 0;
    const auto at = [&name](std::size_t i) { return static_cast<std::size_t>(static_cast<unsigned char>(name[i])); };
    return (name.size() * 37 + at(0) * 7 + at(name.size() / 2) * 3 + at(name.size() - 1)) % kSlots;
  }
  const Catalog* catalog_;
  std::array<Slot, kSlots> slots_{};
};

}  // namespace cpcost
