#include "report/json_rows.hpp"

#include <algorithm>
#include <array>
#include <charconv>
#include <cstring>
#include <optional>
#include <unordered_map>
#include <utility>
#include <vector>

#include "core/budget.hpp"
#include "report/json_document.hpp"
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

// The row's text, staged in a buffer on the stack and handed to the output in
// a few large appends: a row is some sixty names and thirty numbers, and
// std::string's append for each piece (a call, a capacity check, a copy) was
// most of this writer's time.
class StagedText {
 public:
  explicit StagedText(std::string& out) : out_(out) {}
  StagedText(const StagedText&) = delete;
  StagedText& operator=(const StagedText&) = delete;

  void put(char c) {
    if (end_ == limit()) flush();
    *end_++ = c;
  }
  // A name or punctuation: its length known when compiled, so that the copy is a
  // move or two, not a call.
  template <std::size_t N>
  void put(const char (&literal)[N]) {
    constexpr std::size_t size = N - 1;
    static_assert(size <= kSize);
    if (size > static_cast<std::size_t>(limit() - end_)) flush();
    std::memcpy(end_, literal, size);
    end_ += size;
  }
  void put(std::string_view text) {
    if (text.size() > static_cast<std::size_t>(limit() - end_)) {
      flush();
      if (text.size() > kSize) {
        out_.append(text);
        return;
      }
    }
    std::memcpy(end_, text.data(), text.size());
    end_ += text.size();
  }
  template <class Integer>
  void put_integer(Integer value) {
    if (limit() - end_ < kMaxDigits) flush();
    end_ = std::to_chars(end_, limit(), value).ptr;
  }
  void put_bool(bool value) {
    if (value) put("true");
    else put("false");
  }
  // What is staged, to the output: at the end of the row.
  void flush() {
    out_.append(buffer_, static_cast<std::size_t>(end_ - buffer_));
    end_ = buffer_;
  }

 private:
  static constexpr std::size_t kSize = 1024;
  static constexpr std::ptrdiff_t kMaxDigits = 20;  // an int64's, with its sign
  char* limit() { return buffer_ + kSize; }

  std::string& out_;
  char buffer_[kSize];
  char* end_ = buffer_;
};

// The batch's key cell, the one text a row brings: between quotes as it is
// when toml++ would write it so, which is printable ASCII without '"' or '\'
// (the library escapes those two, control characters and DEL, and with
// to_json_line's flags every byte beyond ASCII); else by the library, as are
// the rare keys equal to kJsonNull (null, as to_json_line writes them).
void put_key(StagedText& out, std::string_view key) {
  const bool plain = std::all_of(key.begin(), key.end(), [](char c) {
    const auto byte = static_cast<unsigned char>(c);
    return byte >= 0x20 && byte <= 0x7E && byte != '"' && byte != '\\';
  });
  if (plain && key != kJsonNull) {
    out.put('"');
    out.put(key);
    out.put('"');
  } else {
    out.put(json_string(key));
  }
}

// Texts the library escaped, by what they say: origins, currencies, item ids. A
// few dozen at most in a run, so a flat list.
class EscapedTexts {
 public:
  std::string_view operator()(std::string_view text) {
    for (const auto& [known, escaped] : known_) {
      if (known == text) return escaped;
    }
    return known_.emplace_back(std::string(text), json_string(text)).second;
  }

 private:
  std::vector<std::pair<std::string, std::string>> known_;
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
    StagedText out(text);
    char before = '{';
    for (const auto& [name, member] : members_) {
      if (member == Member::budget && !(e.budget && e.fit)) continue;
      out.put(before);
      before = ',';
      out.put(name);
      switch (member) {
        case Member::advisory:
          out.put(destination.advisory);
          break;
        case Member::advisory_level:
          if (destination.advisory_level) out.put_integer(*destination.advisory_level);
          else out.put("null");
          break;
        case Member::budget:
          out.put("{\"amount_cents\" : ");
          out.put_integer(e.budget->cents());
          out.put(",\"fit\" : ");
          out.put(fit_words_[static_cast<std::size_t>(*e.fit)]);
          out.put('}');
          break;
        case Member::currency:
          out.put(currencies_(e.currency));
          break;
        case Member::destination:
          out.put(destination.object);
          break;
        case Member::key:
          put_key(out, row.key);
          break;
        case Member::input_row:
          out.put_integer(static_cast<std::int64_t>(row.input_row));
          break;
        case Member::query:
          put_query(out, e, destination);
          break;
        case Member::rank:
          out.put_integer(static_cast<std::int64_t>(row.rank));
          break;
        case Member::scenario:
          out.put_integer(static_cast<std::int64_t>(row.scenario));
          break;
        case Member::stale_lines:
          put_stale_lines(out, e);
          break;
        case Member::subtotals:
          out.put("{\"adjustments\" : ");
          put_amounts(out, e.adjustments, likely ? &likely->adjustments : nullptr);
          out.put(",\"travel\" : ");
          put_amounts(out, e.travel, likely ? &likely->travel : nullptr);
          out.put(",\"treatment\" : ");
          put_amounts(out, e.treatment, likely ? &likely->treatment : nullptr);
          out.put('}');
          break;
        case Member::total:
          put_amounts(out, e.total, likely ? &likely->total : nullptr);
          break;
        case Member::warnings:
          put_warnings(out, e);
          break;
      }
    }
    out.put('}');
    out.flush();
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
  void put_query(StagedText& out, const Estimate& e, const DestinationTexts& destination) {
    out.put("{\"companions\" : ");
    out.put_integer(e.companions);
    out.put(",\"companions_default\" : ");
    out.put_bool(!e.companions_from_query);
    out.put(",\"country\" : ");
    out.put(destination.id);
    out.put(",\"cycles\" : ");
    out.put_integer(e.cycles);
    out.put(",\"days\" : ");
    out.put_integer(e.days);
    if (e.simulation) {
      out.put(",\"draws\" : ");
      out.put_integer(static_cast<std::int64_t>(e.simulation->sampling.draws));
    }
    out.put(",\"extra_infusions\" : ");
    out.put_integer(e.extra_infusions);
    out.put(",\"from\" : ");
    out.put(origins_(e.origin));
    out.put(",\"from_default\" : ");
    out.put_bool(!e.origin_from_query);
    out.put(",\"infusions\" : ");
    out.put_integer(e.infusions);
    out.put(",\"infusions_included\" : ");
    out.put_integer(e.infusions_included);
    out.put(",\"nights\" : ");
    out.put_integer(e.nights);
    out.put(",\"nights_from\" : ");
    out.put(e.nights_from_query ? nights_from_query_ : nights_from_protocol_);
    out.put(",\"rooms\" : ");
    out.put_integer(e.rooms);
    if (e.simulation) {
      out.put(",\"seed\" : ");
      out.put_integer(static_cast<std::int64_t>(e.simulation->sampling.seed));
    }
    out.put(",\"travelers\" : ");
    out.put_integer(e.travelers);
    out.put('}');
  }

  // likely_object (amounts_object and percentiles_object): members by name.
  void put_amounts(StagedText& out, const MoneyRange& range, const Percentiles* percentiles) const {
    out.put("{\"high_cents\" : ");
    out.put_integer(range.high.cents());
    out.put(",\"high_open\" : ");
    out.put_bool(range.high_open);
    out.put(",\"low_cents\" : ");
    out.put_integer(range.low.cents());
    out.put(",\"mid_cents\" : ");
    out.put_integer(range.mid().cents());
    if (percentiles) {
      // "open" sorts before every "p..".
      out.put(",\"percentiles\" : {\"open\" : [");
      bool first = true;
      for (std::size_t i = 0; i < kPercentiles.size(); ++i) {
        if (!percentiles->open[i]) continue;
        if (!first) out.put(',');
        first = false;
        out.put(percentile_names_[i]);
      }
      out.put(']');
      for (const std::size_t i : percentile_order_) {
        out.put(',');
        out.put(percentile_names_[i]);
        out.put(" : ");
        out.put_integer(percentiles->values[i].cents());
      }
      out.put('}');
    }
    out.put('}');
  }

  void put_stale_lines(StagedText& out, const Estimate& e) {
    out.put('[');
    bool first = true;
    for (const LineItem& line : e.lines) {
      if (!stale_(line)) continue;
      if (!first) out.put(',');
      first = false;
      out.put(line_ids_(line.id));
    }
    out.put(']');
  }

  // warnings_array: each warning's object written by the library, once.
  void put_warnings(StagedText& out, const Estimate& e) {
    out.put('[');
    bool first = true;
    for (const Contradiction& contradiction : e.contradictions) {
      if (!first) out.put(',');
      first = false;
      const WarningKey key{e.destination, contradiction.kind, contradiction.asked, contradiction.limit, e.cycles,
                           e.infusions};
      if (const auto known = warnings_.find(key); known != warnings_.end()) {
        out.put(known->second);
        continue;
      }
      const toml::array one = warnings_array({contradiction}, *e.destination, e.cycles, e.infusions);
      std::string object = to_json_line(*one.front().as_table());
      out.put(object);
      if (warnings_.size() < kMaxCachedWarnings) warnings_.emplace(key, std::move(object));
    }
    out.put(']');
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
