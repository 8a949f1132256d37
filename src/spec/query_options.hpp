#pragma once
// What a query option's value does to a sweep: the one place each of them is
// read into the query, for the command line, the config file and batch cells.

#include <string>
#include <string_view>

#include "core/sweep.hpp"
#include "spec/options.hpp"

namespace cpcost {

// Sets the query option id to text (a sweep or one value), or returns why text
// is not one of its values (the sweep is then as it was), in check_value's
// words. Options that are not query options leave the sweep as it is.
std::string apply_query_option(QuerySweep& sweep, OptionId id, std::string_view text);

}  // namespace cpcost
