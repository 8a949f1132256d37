#pragma once
// The shells' completion scripts, built from the tables of spec/: each
// command's options and operands, and the values they take. Destination ids
// and aliases and currency codes are the catalog's, written in when the
// script is generated (cpcost --generate complete-bash|complete-zsh|complete-fish).

#include <string>

#include "core/catalog.hpp"

namespace cpcost {

// A function registered with complete -F.
std::string bash_completion(const Catalog& catalog);
// A #compdef script: autoloaded from $fpath, or sourced.
std::string zsh_completion(const Catalog& catalog);
// complete -c cpcost lines.
std::string fish_completion(const Catalog& catalog);

}  // namespace cpcost
