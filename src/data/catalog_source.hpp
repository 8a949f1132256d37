#pragma once
// The catalog as C++ source: the build loads data/ once (checking it), and
// compiles the result into the binary, so that an estimate from the bundled
// data parses no TOML at all.

#include <string>
#include <string_view>

#include "core/catalog.hpp"

namespace cpcost {

// A C++ string literal with the same bytes as text.
std::string cpp_string_literal(std::string_view text);

// A translation unit defining cpcost::bundled_catalog() (data/bundled_catalog.hpp).
std::string catalog_source(const Catalog& catalog);

}  // namespace cpcost
