// cpcost_embed: a build tool. Loads the data compiled into bundled_data.cpp,
// checking it as cpcost would (a bad file fails the build with path:line:col),
// and writes the catalog as C++ source to the file named by its argument.

#include <cstdio>
#include <fstream>

#include "core/error.hpp"
#include "data/bundled_data.hpp"
#include "data/catalog_source.hpp"
#include "data/load_catalog.hpp"

int main(int argc, char** argv) {
  if (argc != 2) {
    std::fprintf(stderr, "usage: cpcost_embed OUTPUT.cpp\n");
    return 2;
  }
  try {
    const std::string source = cpcost::catalog_source(cpcost::load_catalog(cpcost::bundled_data_files()));
    std::ofstream out(argv[1], std::ios::binary | std::ios::trunc);
    out << source;
    if (!out.flush()) {
      std::fprintf(stderr, "cpcost_embed: cannot write %s\n", argv[1]);
      return 4;
    }
  } catch (const cpcost::Error& error) {
    std::fprintf(stderr, "%s\n", error.what());
    return cpcost::exit_code(error.kind());
  }
  return 0;
}
