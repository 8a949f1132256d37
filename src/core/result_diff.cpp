#include "core/result_diff.hpp"

#include <algorithm>

#include "core/error.hpp"

namespace cpcost {

ResultDiff diff_results(const SavedResult& before, const SavedResult& after) {
  if (before.kind != after.kind) {
    throw Error(ErrorKind::data, "cannot compare a saved " + before.kind + " with a saved " + after.kind);
  }
  if (before.currency != after.currency) {
    throw Error(ErrorKind::data, "diff: " + before.path + " is in " + before.currency + ", " + after.path + " in " +
                                     after.currency + ": save both with the same --currency");
  }
  ResultDiff diff{after.kind, after.currency, before.title, after.title, {}};
  auto find = [](const SavedResult& result, const std::string& key) -> const SavedEntry* {
    const auto found = std::find_if(result.entries.begin(), result.entries.end(),
                                    [&](const SavedEntry& entry) { return entry.key == key; });
    return found == result.entries.end() ? nullptr : &*found;
  };
  auto add = [&](const SavedEntry* old_entry, const SavedEntry* new_entry) {
    DiffRow row;
    const SavedEntry& any = new_entry ? *new_entry : *old_entry;
    row.key = any.key;
    row.label = any.label;
    if (old_entry) row.before = *old_entry;
    if (new_entry) row.after = *new_entry;
    if (old_entry && new_entry) {
      row.low_change = new_entry->amounts.low - old_entry->amounts.low;
      row.mid_change = new_entry->mid - old_entry->mid;
      row.high_change = new_entry->amounts.high - old_entry->amounts.high;
    }
    diff.rows.push_back(std::move(row));
  };
  for (const auto& entry : after.entries) add(find(before, entry.key), &entry);
  for (const auto& entry : before.entries) {
    if (!find(after, entry.key)) add(&entry, nullptr);
  }
  return diff;
}

}  // namespace cpcost
