// cpcost: arguments and environment -> resolved settings -> run them. Every failure arrives here as a
// cpcost::Error and leaves as one line on stderr with its documented exit code.

#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstring>

#include "app/info.hpp"
#include "app/generate.hpp"
#include "app/run.hpp"
#include "app/settings.hpp"
#include "cli/environment.hpp"
#include "cli/parse_args.hpp"
#include "core/error.hpp"
#include "io/process_start.hpp"

int main(int argc, char** argv) {
  // Before anything opens a file: see process_start.hpp for why.
  cpcost::open_standard_descriptors();
  cpcost::report_file_size_limit_as_error();
  try {
    const cpcost::ParsedArgs parsed = cpcost::parse_args(argc, argv);
    if (!parsed.command_line) {
      const std::string text = parsed.generate ? cpcost::generate(*parsed.generate)
                                               : cpcost::info_text(parsed, cpcost::read_environment());
      if (std::fwrite(text.data(), 1, text.size(), stdout) != text.size() || std::fflush(stdout) != 0) {
        throw cpcost::Error(cpcost::ErrorKind::output, std::string("cannot write output: ") + std::strerror(errno));
      }
      return 0;
    }
    return cpcost::run(cpcost::resolve_settings(*parsed.command_line, cpcost::read_environment()));
  } catch (const cpcost::Error& error) {
    std::fprintf(stderr, "cpcost: error: %s\n", error.what());
    return cpcost::exit_code(error.kind());
  }
}
