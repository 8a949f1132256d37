#pragma once
// Two saved results side by side (cpcost diff): what changed, entry by entry
// and in total, in low, mid and high.

#include <optional>
#include <string>
#include <vector>

#include "core/range.hpp"

namespace cpcost {

// A saved JSON result, as far as a diff needs it.
struct SavedEntry {
  std::string key;    // a line id, or a destination id
  std::string label;  // for people
  MoneyRange amounts;
  Money mid;
};

struct SavedResult {
  std::string path;      // the file it was read from, for messages
  std::string kind;      // "estimate" or "compare"
  std::string currency;  // of every amount: "USD"
  std::string title;     // what it is about: "Mexico", or "8 destinations"
  std::vector<SavedEntry> entries;   // estimate: its lines, subtotals and total; compare: each row's total
};

struct DiffRow {
  std::string key;
  std::string label;
  std::optional<SavedEntry> before;  // absent: added
  std::optional<SavedEntry> after;   // absent: removed
  // after - before, when both are there.
  Money low_change, mid_change, high_change;
};

struct ResultDiff {
  std::string kind;
  std::string currency;  // of both results
  std::string before_title, after_title;
  std::vector<DiffRow> rows;  // in the order of the new result, then what it no longer has
};

// Throws a data Error when the two are not of one kind, or not in one currency
// (a difference of euros and dollars means nothing; the rates they were saved
// at may differ from one day to the next).
ResultDiff diff_results(const SavedResult& before, const SavedResult& after);

}  // namespace cpcost
