#pragma once
// "Did you mean": the candidates closest to a mistyped word.

#include <string>
#include <string_view>
#include <vector>

namespace cpcost {

// Edit distance (insertions, deletions, substitutions and swaps of adjacent
// letters), ignoring ASCII case.
std::size_t edit_distance(std::string_view a, std::string_view b);

// The candidates a user most likely meant: those within a third of the word's
// length in edits (at least 1), or that begin with it (3 letters or more);
// nearest first, ties in the given order.
std::vector<std::string> closest_matches(std::string_view word, const std::vector<std::string>& candidates);

}  // namespace cpcost
