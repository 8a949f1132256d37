#include "report/json_rows.hpp"

#include <algorithm>
#include <bit>
#include <array>
#include <charconv>
#include <cstring>
#include <optional>
#include <unordered_map>
#include <utility>
#include <vector>

#include "core/budget.hpp"
#include "report/json_document.hpp"
#include "report/row_text.hpp"
#include "report/wording.hpp"

namespace cpcost {

toml::table row_object(const RowLayout& layout, const ScenarioRow& row) {
  const Estimate& e = *row.estimate;
  toml::table object;
  if (layout.items) {
    object = estimate_object(e, layout.today);
  } else {
    object.insert("destination", toml::table{{"id", e.destination->id}, {"name", e.destination->name}});
    object.insert("query", query_object(e));
    toml::array old;
    for (const LineItem& line : e.lines) {
      if (stale(line, layout.today)) old.push_back(line.id);
    }
    object.insert("stale_lines", std::move(old));
    const Simulation* likely = e.simulation ? &*e.simulation : nullptr;
    object.insert("subtotals",
                  toml::table{{"treatment", likely_object(e.treatment, likely ? &likely->treatment : nullptr)},
                              {"travel", likely_object(e.travel, likely ? &likely->travel : nullptr)},
                              {"adjustments", likely_object(e.adjustments, likely ? &likely->adjustments : nullptr)}});
    object.insert("currency", e.currency);
    object.insert("total", likely_object(e.total, likely ? &likely->total : nullptr));
    const auto advisory = treatment_advisory(*e.destination);
    if (advisory) object.insert("advisory_level", advisory->level);
    else object.insert("advisory_level", kJsonNull);
    object.insert("advisory", advisory_line(*e.destination));
    object.insert("warnings", warnings_array(e));
    if (e.budget && e.fit) {
      object.insert("budget", toml::table{{"amount_cents", e.budget->cents()}, {"fit", describe(*e.fit)}});
    }
  }
  object.insert("scenario", static_cast<std::int64_t>(row.scenario));
  if (layout.input_row) object.insert("input_row", static_cast<std::int64_t>(row.input_row));
  if (!layout.key_column.empty()) object.insert(layout.key_column, row.key);
  if (layout.rank) object.insert("rank", static_cast<std::int64_t>(row.rank));
  return object;
}

namespace {

// The batch's key cell, the one text a row brings: between quotes as it is
// when toml++ would write it so, which is printable ASCII without '"' or '\'
// (the library escapes those two, control characters and DEL, and with
// to_json_line's flags every byte beyond ASCII); else by the library, as are
// the rare keys equal to kJsonNull (null, as to_json_line writes them).
void put_key(RowText& out, std::string_view key) {
  const bool plain = std::all_of(key.begin(), key.end(), [](char c) {
    const auto byte = static_cast<unsigned char>(c);
    return byte >= 0x20 && byte <= 0x7E && byte != '"' && byte != '\\';
  });
  if (plain && key != kJsonNull) {
    out << '"';
    out << key;
    out << '"';
  } else {
    out << json_string(key);
  }
}

// Texts the library escaped, by what they say: origins, currencies, item ids. A
// few dozen at most in a run, so a flat list. Each text is known by where it is
// first (kOrigins, the item table, the catalog's rates, all of which outlive
// the writer), so that most lookups compare an address, not the letters.
class EscapedTexts {
 public:
  std::string_view operator()(std::string_view text) {
    for (const auto& [known, escaped] : known_) {
      if (known.data() == text.data() && known.size() == text.size()) return escaped;
    }
    for (const auto& [known, escaped] : known_) {
      if (known == text) return escaped;
    }
    return known_.emplace_back(text, json_string(text)).second;
  }

 private:
  std::vector<std::pair<std::string_view, std::string>> known_;
};

// What a destination's rows all say, escaped once.
struct DestinationTexts {
  const Destination* destination = nullptr;
  std::string object;    // "destination": {id, name}, written by the library
  std::string id;        // the query's "country"
  std::string advisory;  // advisory_line
  std::optional<int> advisory_level;
};

// A warning's object depends on these alone (warnings_array).
struct WarningKey {
  const Destination* destination = nullptr;
  Contradiction::Kind kind{};
  int asked = 0, limit = 0, cycles = 0, infusions = 0;
  friend bool operator==(const WarningKey&, const WarningKey&) = default;
};

struct WarningKeyHash {
  std::size_t operator()(const WarningKey& key) const noexcept {
    std::size_t hash = std::hash<const Destination*>{}(key.destination);
    for (const int part : {static_cast<int>(key.kind), key.asked, key.limit, key.cycles, key.infusions}) {
      hash = hash * 1'000'003 ^ static_cast<std::size_t>(part);
    }
    return hash;
  }
};

// Beyond this many different warnings (each a few hundred bytes), the others are
// written afresh each time: memory stays flat whatever the batch asks. The
// bench's million rows ask for 1,610 (a third of its rows have one).
constexpr std::size_t kMaxCachedWarnings = 4096;

}  // namespace

// The summary row, member by member, in the library's order: a toml++ table is
// a map sorted by name (bytewise), and json_formatter writes
// {"name" : value,"name" : value}, arrays [a,b], on one line once to_json_line
// has taken out its line breaks.
//
// Written by hand for speed: row_object and to_json_line cost about 114
// allocations and 180,000 instructions a row, ten times all the rest of a
// batch's work (reading the row, the estimate). The members are listed here
// once: the top level in the constructor, each nested object in its put_
// function. What keeps them the library's is json_rows_test, which compares the
// two byte for byte over every destination, origin, kind of warning and
// optional member: a change to row_object (or to the library's way of writing)
// without the same change here fails it.
class SummaryJsonRow::Writer {
 public:
  explicit Writer(const RowLayout& layout) : stale_(layout.today) {
    // The top-level members, sorted here as the library sorts them: the key
    // column's name ("id" or "name", from the batch file) is known only now.
    std::vector<std::pair<std::string, Member>> named{
        {"advisory", Member::advisory},       {"advisory_level", Member::advisory_level},
        {"budget", Member::budget},           {"currency", Member::currency},
        {"destination", Member::destination}, {"query", Member::query},
        {"scenario", Member::scenario},       {"stale_lines", Member::stale_lines},
        {"subtotals", Member::subtotals},     {"total", Member::total},
        {"warnings", Member::warnings}};
    if (layout.input_row) named.emplace_back("input_row", Member::input_row);
    if (!layout.key_column.empty()) named.emplace_back(layout.key_column, Member::key);
    if (layout.rank) named.emplace_back("rank", Member::rank);
    std::sort(named.begin(), named.end());
    for (const auto& [name, member] : named) members_.push_back({json_string(name) + " : ", member});

    // The percentiles' names ("p10"), as percentiles_object makes them; its
    // object sorts them by name, its "open" array keeps kPercentiles' order.
    std::array<std::string, kPercentiles.size()> names;
    for (std::size_t i = 0; i < kPercentiles.size(); ++i) {
      names[i] = "p" + std::to_string(kPercentiles[i]);
      percentile_names_[i] = json_string(names[i]);
      percentile_order_[i] = i;
    }
    std::sort(percentile_order_.begin(), percentile_order_.end(),
              [&](std::size_t a, std::size_t b) { return names[a] < names[b]; });

    for (const BudgetFit fit : {BudgetFit::fits, BudgetFit::may_fit, BudgetFit::over}) {
      fit_words_[static_cast<std::size_t>(fit)] = json_string(describe(fit));
    }
    nights_from_query_ = json_string("query");
    nights_from_protocol_ = json_string("protocol");
  }

  void append(std::string& text, const ScenarioRow& row) {
    const Estimate& e = *row.estimate;
    const DestinationTexts& destination = texts_of(*e.destination);
    const Simulation* likely = e.simulation ? &*e.simulation : nullptr;
    RowText out(text);
    char before = '{';
    for (const auto& [name, member] : members_) {
      if (member == Member::budget && !(e.budget && e.fit)) continue;
      out << before;
      before = ',';
      out << name;
      switch (member) {
        case Member::advisory:
          out << destination.advisory;
          break;
        case Member::advisory_level:
          if (destination.advisory_level) out.integer(*destination.advisory_level);
          else out << "null";
          break;
        case Member::budget:
          out << "{\"amount_cents\" : ";
          out.integer(e.budget->cents());
          out << ",\"fit\" : ";
          out << fit_words_[static_cast<std::size_t>(*e.fit)];
          out << '}';
          break;
        case Member::currency:
          out << currencies_(e.currency);
          break;
        case Member::destination:
          out << destination.object;
          break;
        case Member::key:
          put_key(out, row.key);
          break;
        case Member::input_row:
          out.integer(static_cast<std::int64_t>(row.input_row));
          break;
        case Member::query:
          put_query(out, e, destination);
          break;
        case Member::rank:
          out.integer(static_cast<std::int64_t>(row.rank));
          break;
        case Member::scenario:
          out.integer(static_cast<std::int64_t>(row.scenario));
          break;
        case Member::stale_lines:
          put_stale_lines(out, e);
          break;
        case Member::subtotals:
          out << "{\"adjustments\" : ";
          put_amounts(out, e.adjustments, likely ? &likely->adjustments : nullptr);
          out << ",\"travel\" : ";
          put_amounts(out, e.travel, likely ? &likely->travel : nullptr);
          out << ",\"treatment\" : ";
          put_amounts(out, e.treatment, likely ? &likely->treatment : nullptr);
          out << '}';
          break;
        case Member::total:
          put_amounts(out, e.total, likely ? &likely->total : nullptr);
          break;
        case Member::warnings:
          put_warnings(out, e);
          break;
      }
    }
    out << '}';
  }

 private:
  enum class Member : std::uint8_t {
    advisory, advisory_level, budget, currency, destination, key, input_row, query, rank, scenario, stale_lines,
    subtotals, total, warnings,
  };
  struct Named {
    std::string name;  // "\"advisory\" : "
    Member member;
  };

  const DestinationTexts& texts_of(const Destination& destination) {
    for (const DestinationTexts& texts : destinations_) {
      if (texts.destination == &destination) return texts;
    }
    DestinationTexts texts;
    texts.destination = &destination;
    texts.object = to_json_line(toml::table{{"id", destination.id}, {"name", destination.name}});
    texts.id = json_string(destination.id);
    texts.advisory = json_string(advisory_line(destination));
    if (const auto advisory = treatment_advisory(destination)) texts.advisory_level = advisory->level;
    return destinations_.emplace_back(std::move(texts));
  }

  // query_object: its members by name.
  void put_query(RowText& out, const Estimate& e, const DestinationTexts& destination) {
    out << "{\"companions\" : ";
    out.integer(e.companions);
    out << ",\"companions_default\" : ";
    out.boolean(!e.companions_from_query);
    out << ",\"country\" : ";
    out << destination.id;
    out << ",\"cycles\" : ";
    out.integer(e.cycles);
    out << ",\"days\" : ";
    out.integer(e.days);
    if (e.simulation) {
      out << ",\"draws\" : ";
      out.integer(static_cast<std::int64_t>(e.simulation->sampling.draws));
    }
    out << ",\"extra_infusions\" : ";
    out.integer(e.extra_infusions);
    out << ",\"from\" : ";
    out << origins_(e.origin);
    out << ",\"from_default\" : ";
    out.boolean(!e.origin_from_query);
    out << ",\"infusions\" : ";
    out.integer(e.infusions);
    out << ",\"infusions_included\" : ";
    out.integer(e.infusions_included);
    out << ",\"nights\" : ";
    out.integer(e.nights);
    out << ",\"nights_from\" : ";
    out << (e.nights_from_query ? nights_from_query_ : nights_from_protocol_);
    out << ",\"rooms\" : ";
    out.integer(e.rooms);
    if (e.simulation) {
      out << ",\"seed\" : ";
      out.integer(static_cast<std::int64_t>(e.simulation->sampling.seed));
    }
    out << ",\"travelers\" : ";
    out.integer(e.travelers);
    out << '}';
  }

  // likely_object (amounts_object and percentiles_object): members by name.
  void put_amounts(RowText& out, const MoneyRange& range, const Percentiles* percentiles) const {
    if (!percentiles && range == MoneyRange{}) {  // nothing, as most rows' adjustments: at once
      out << "{\"high_cents\" : 0,\"high_open\" : false,\"low_cents\" : 0,\"mid_cents\" : 0}";
      return;
    }
    out << "{\"high_cents\" : ";
    out.integer(range.high.cents());
    out << ",\"high_open\" : ";
    out.boolean(range.high_open);
    out << ",\"low_cents\" : ";
    out.integer(range.low.cents());
    out << ",\"mid_cents\" : ";
    out.integer(range.mid().cents());
    if (percentiles) {
      // "open" sorts before every "p..".
      out << ",\"percentiles\" : {\"open\" : [";
      bool first = true;
      for (std::size_t i = 0; i < kPercentiles.size(); ++i) {
        if (!percentiles->open[i]) continue;
        if (!first) out << ',';
        first = false;
        out << percentile_names_[i];
      }
      out << ']';
      for (const std::size_t i : percentile_order_) {
        out << ',';
        out << percentile_names_[i];
        out << " : ";
        out.integer(percentiles->values[i].cents());
      }
      out << '}';
    }
    out << '}';
  }

  void put_stale_lines(RowText& out, const Estimate& e) {
    out << '[';
    bool first = true;
    auto put = [&](const LineItem& line) {
      if (!first) out << ',';
      first = false;
      out << line_ids_(line.id);
    };
    if (e.lines.size() <= 64) {
      for (std::uint64_t stale = stale_.stale_lines(e); stale != 0; stale &= stale - 1) {
        put(e.lines[static_cast<std::size_t>(std::countr_zero(stale))]);
      }
    } else {
      for (const LineItem& line : e.lines) {
        if (stale_(line)) put(line);
      }
    }
    out << ']';
  }

  // warnings_array: each warning's object written by the library, once.
  void put_warnings(RowText& out, const Estimate& e) {
    out << '[';
    bool first = true;
    for (const Contradiction& contradiction : e.contradictions) {
      if (!first) out << ',';
      first = false;
      const WarningKey key{e.destination, contradiction.kind, contradiction.asked, contradiction.limit, e.cycles,
                           e.infusions};
      if (const auto known = warnings_.find(key); known != warnings_.end()) {
        out << known->second;
        continue;
      }
      const toml::array one = warnings_array({contradiction}, *e.destination, e.cycles, e.infusions);
      std::string object = to_json_line(*one.front().as_table());
      out << object;
      if (warnings_.size() < kMaxCachedWarnings) warnings_.emplace(key, std::move(object));
    }
    out << ']';
  }

  std::vector<Named> members_;  // in the library's order
  StaleFigures stale_;          // each figure's age worked out once for the run
  std::vector<DestinationTexts> destinations_;  // a handful: a flat list
  EscapedTexts origins_, currencies_, line_ids_;
  std::unordered_map<WarningKey, std::string, WarningKeyHash> warnings_;
  std::array<std::string, kPercentiles.size()> percentile_names_;  // "\"p10\"", in kPercentiles' order
  std::array<std::size_t, kPercentiles.size()> percentile_order_{};  // their indices, by name
  std::array<std::string, 3> fit_words_;  // by BudgetFit
  std::string nights_from_query_, nights_from_protocol_;
};

SummaryJsonRow::SummaryJsonRow(const RowLayout& layout) : writer_(std::make_unique<Writer>(layout)) {}
SummaryJsonRow::~SummaryJsonRow() = default;
SummaryJsonRow::SummaryJsonRow(SummaryJsonRow&&) noexcept = default;
SummaryJsonRow& SummaryJsonRow::operator=(SummaryJsonRow&&) noexcept = default;

void SummaryJsonRow::append(std::string& out, const ScenarioRow& row) { writer_->append(out, row); }

}  // namespace cpcost
