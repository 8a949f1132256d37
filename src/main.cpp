// cpcost: arguments -> Query; data -> Catalog; estimate; render; print once.
// Every failure arrives here as a cpcost::Error and leaves as one line on
// stderr with its documented exit code; stdout stays empty.

#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <cstring>

#include "cli/parse_args.hpp"
#include "core/error.hpp"
#include "core/estimate.hpp"
#include "data/bundled_data.hpp"
#include "data/load_catalog.hpp"
#include "data/read_data_dir.hpp"
#include "report/render.hpp"

namespace {

// The whole result in one write, checked, so a failed write is an error and
// not a silently short report.
void write_stdout(const std::string& text) {
  if (std::fwrite(text.data(), 1, text.size(), stdout) != text.size() || std::fflush(stdout) != 0) {
    throw cpcost::Error(cpcost::ErrorKind::output, std::string("cannot write output: ") + std::strerror(errno));
  }
}

// Colour only on a terminal, and never when NO_COLOR is set (no-color.org) or --no-color given.
bool use_color(bool no_color_flag) {
  const char* no_color = std::getenv("NO_COLOR");
  return !no_color_flag && (no_color == nullptr || no_color[0] == '\0') && isatty(STDOUT_FILENO) == 1;
}

}  // namespace

int main(int argc, char** argv) {
  try {
    const cpcost::ParsedArgs parsed = cpcost::parse_args(argc, argv);
    if (!parsed.invocation) {
      write_stdout(parsed.text.ends_with('\n') ? parsed.text : parsed.text + '\n');
      return 0;
    }
    const cpcost::Invocation& invocation = *parsed.invocation;
    const cpcost::Catalog catalog = cpcost::load_catalog(
        invocation.data_dir ? cpcost::read_data_dir(*invocation.data_dir) : cpcost::bundled_data_files());
    const cpcost::Estimate estimate = cpcost::estimate(catalog, invocation.query);
    const cpcost::RenderOptions options{use_color(invocation.no_color), invocation.quiet};
    write_stdout(cpcost::render(estimate, invocation.format, options));
    return 0;
  } catch (const cpcost::Error& error) {
    std::fprintf(stderr, "cpcost: error: %s\n", error.what());
    return cpcost::exit_code(error.kind());
  }
}
