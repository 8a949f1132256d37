#pragma once
// What a query option's value does to a sweep: the one place each of them is
// read into the query, for the command line, the config file and batch cells.

#include <string_view>

#include "core/sweep.hpp"
#include "spec/options.hpp"

namespace cpcost {

// Sets the query option id to text, which check_value accepted (a sweep or one
// value). Options that are not query options leave the sweep as it is.
void apply_query_option(QuerySweep& sweep, OptionId id, std::string_view text);

}  // namespace cpcost
