#pragma once
// Sentences shared by the human formats (table, markdown) and JSON.

#include <array>
#include <bit>
#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "core/dates.hpp"
#include "core/estimate.hpp"
#include "report/format_money.hpp"

namespace cpcost {

inline constexpr std::string_view kDisclaimer =
    "This is an estimate for an experimental therapy, not medical advice and not a price quote: "
    "confirm every figure with the clinic, and the treatment with your own doctor.";

// "Mexico (Tijuana, Guadalajara)", "the United States (Durham)": the name as a
// sentence has it, then the cities.
std::string destination_title(const Destination& destination);

// "2 travelers × 1 trip" (an "x" without Unicode).
std::string describe_quantity(const LineItem& line, bool unicode);

// One sentence: travelers, infusions, cycles, nights and rooms, origin, and
// which of them are defaults.
std::string assumptions_sentence(const Estimate& estimate);

// "US Department of State: Level 2: Exercise increased caution. Summary..."
std::string describe_advisory(const Advisory& advisory);

// " (for travelers from asia)" after a rule that concerns some origins only; empty
// for a rule that concerns everyone. The estimate shows only the rules for its
// origin; show lists them all, and says whom each concerns.
std::string rule_scope(const EntryRule& rule);

// A figure, advisory or rule this old is worth checking again before a family relies on it.
inline constexpr int kStaleMonths = 18;
bool stale(const Provenance& provenance, const Date& today);

// The mark of a line whose figure is that old, in every human format, and the
// one note that names them: "* Figures over 18 months old: Accommodation (2016),
// the EUR rate (2025-05-20): check them before relying on the total."; empty
// when none is.
inline constexpr std::string_view kStaleMark = " *";
bool stale(const LineItem& line, const Date& today);

// Whether a line's figure counts at all: a line of no quantity, or one a
// package covers whole, costs nothing, whatever the age of its figure.
inline bool priced(const LineItem& line) {
  const bool covered = line.cost == MoneyRange{} && line.included != MoneyRange{};
  return line.quantity() > 0 && !covered && line.provenance;
}

// The same for the many rows of a batch or sweep: each figure's date is read
// once, not once a row (reading dates was a twentieth of a CSV batch's time).
// Figures are known by their address, which stays for the run.
class StaleFigures {
 public:
  explicit StaleFigures(const Date& today) : today_(today) {}
  // Inline, the memo's misses apart: a batch asks for every line of every row.
  bool operator()(const LineItem& line) {
    if (!line.provenance) return false;
    // The figure's age first, from the memo: a recent figure needs no more.
    return old(line.provenance) && priced(line);
  }

  // The same for each line of an estimate of at most 64 lines (more are asked
  // line by line): bit i for line i. A run's estimates of one
  // destination from one origin have the same figures, line for line
  // (LineTemplates): which are old is kept for each such set, found again by
  // its destination and origin and checked against the figures' addresses in
  // order (a memo lookup per line, at scattered places in its table, was a
  // sixth of a CSV row's writing).
  std::uint64_t stale_lines(const Estimate& e) {
    OldLines& known = old_lines_[old_lines_slot(e)];
    bool same = known.destination == e.destination && known.origin == e.origin_slot &&
                known.figures.size() == e.lines.size();
    for (std::size_t i = 0; same && i < e.lines.size(); ++i) same = known.figures[i] == e.lines[i].provenance;
    if (!same) learn_lines(e, known);
    std::uint64_t stale = 0;
    for (std::uint64_t old = known.old; old != 0; old &= old - 1) {  // of the old figures, those that cost something
      const auto i = static_cast<std::size_t>(std::countr_zero(old));
      if (priced(e.lines[i])) stale |= std::uint64_t{1} << i;
    }
    return stale;
  }

 private:
  struct OldLines {
    const Destination* destination = nullptr;
    std::size_t origin = 0;
    std::vector<const Provenance*> figures;  // each line's, in order
    std::uint64_t old = 0;                   // bit i: figures[i] is old
  };
  static std::size_t old_lines_slot(const Estimate& e) {
    const std::uintptr_t key = reinterpret_cast<std::uintptr_t>(e.destination) + e.origin_slot;
    return static_cast<std::size_t>((key * 0x9E3779B97F4A7C15ULL) >> 56);  // of 256
  }
  void learn_lines(const Estimate& e, OldLines& known);

  // Whether a figure is old, from a table in front of the map: a hash lookup
  // per line was a twentieth of a CSV batch's time. Open addressing, never
  // evicting (a table that forgot on collisions kept missing on a batch's few
  // hundred figures); a figure past three quarters full is asked of the map.
  bool old(const Provenance* provenance) {
    for (std::size_t slot = slot_of(provenance);; slot = (slot + 1) % kSlots) {
      const auto& [known, is_old] = slots_[slot];
      if (known == provenance) return is_old;
      if (!known) return learn(provenance, slot);
    }
  }
  // Reads the figure's date (once for the run), and keeps the answer in slot while there is room.
  bool learn(const Provenance* provenance, std::size_t slot);
  // Multiplied first (Fibonacci hashing): figures lie a Provenance's size
  // apart in the catalog, and their low address bits alone fall into a few slots.
  static std::size_t slot_of(const Provenance* provenance) {
    return static_cast<std::size_t>((reinterpret_cast<std::uintptr_t>(provenance) * 0x9E3779B97F4A7C15ULL) >>
                                    (64 - kSlotBits));
  }
  static constexpr int kSlotBits = 12;
  static constexpr std::size_t kSlots = std::size_t{1} << kSlotBits;
  Date today_;
  std::array<std::pair<const Provenance*, bool>, kSlots> slots_{};
  std::size_t filled_ = 0;  // at most three quarters of kSlots: an empty slot always ends a search
  std::unordered_map<const Provenance*, bool> known_;
  std::array<OldLines, 256> old_lines_{};
};
std::string stale_note(const Estimate& estimate, const Date& today);
// For a report with a row per estimate (compare, batch, sweeps): whether any of
// its lines is old, their ids ("accommodation;local_costs"), and the one note
// under the rows marked kStaleMark.
bool any_stale(const Estimate& estimate, const Date& today);
std::string stale_ids(const Estimate& estimate, const Date& today);
inline constexpr std::string_view kStaleRowsNote =
    "* Rests on figures over 18 months old: cpcost --country ID names them; check them before relying on the total.";

// " (dated 2023-05-22, over 18 months ago: check the current advice)" after an
// advisory or entry rule that old; empty otherwise. Advice changes with events,
// and a family reads the estimate, not show's warnings.
std::string age_warning(const Provenance& provenance, const Date& today);

// "Not included: rehabilitation at home ...; passports." (kNotIncluded)
std::string not_included_sentence();

// "Budget $20,000: may fit (the low total is within it, the high is not)", and
// with likely ranges "; chance within it: 71 %".
std::string budget_sentence(Money budget, BudgetFit fit, const MoneyFormat& money,
                            std::optional<double> probability_within = std::nullopt);

// "71 %", "under 1 %", "over 99 %": a chance as people read it.
std::string chance_text(double probability);

// The total as a family reads it first: "likely $24,105-$38,357 (80 % of
// outcomes), median $30,350; bounds $18,385-$42,293", or without likely ranges
// "$18,385-$42,293 (mid-point $30,339)".
std::string total_summary(const Estimate& estimate, const MoneyFormat& money);

// The advisory where the treatment happens, in a line: "Level 3 where the
// treatment is (Baja California (Tijuana) and Jalisco (Guadalajara)); the
// country Level 2 (US Department of State)"; empty: no numbered advisory.
std::string advisory_summary(const Destination& destination);

// "Level 3": the level where the treatment happens (Mexico's cities, not the
// country's Level 2), the short form for a column; without a numbered level,
// the first advisory's own word ("Warning": the FDA's on unapproved treatment);
// empty: no advisory.
std::string short_advisory(const Destination& destination);

// The advisory a family reads first, in words, for a row of a batch or a CSV:
// "US Department of State: Level 3 in Baja California (Tijuana) and Jalisco
// (Guadalajara); the country Level 2: Exercise increased caution", "US
// Department of State: Level 4: Do not travel"; empty: no advisory.
std::string advisory_line(const Destination& destination);

// The plan in a line: "1 cycle of 2 infusions; the patient and 1 companion,
// flights from north-america; 5 nights".
std::string plan_summary(const Estimate& estimate);

// A contradiction between the query and the data, in a sentence: "3 nights,
// fewer than the protocol's stay of 21 (1 cycle of 8 infusions): ...".
std::string contradiction_sentence(const Contradiction& contradiction, const Estimate& estimate);
// The same for a plan of cycles of infusions at destination (cpcost plan's rows).
std::string contradiction_sentence(const Contradiction& contradiction, const Destination& destination, int cycles,
                                   int infusions);
// Its stable id, for JSON and CSV: "companions_over_entry_rule", "nights_under_protocol", "cycles_over_nights".
std::string_view contradiction_id(Contradiction::Kind kind);
// The mark of a row whose query the data contradicts, in the tables of rows,
// and the one note under them naming what was contradicted (kinds: those seen).
inline constexpr std::string_view kContradictionMark = " !";
std::string contradiction_rows_note(const std::vector<Contradiction::Kind>& kinds);
// "companions_over_entry_rule;nights_under_protocol": a row's ids, for a CSV cell.
std::string contradiction_ids(const std::vector<Contradiction>& contradictions);
std::string contradiction_ids(const Estimate& estimate);

// A percentile in whole units with its "+" where it is a floor.
std::string percentile_text(const Percentiles& percentiles, int percentile, const MoneyFormat& money);

}  // namespace cpcost
