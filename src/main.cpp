// cpcost: arguments -> what to do; data -> Catalog; the core computes; a
// renderer writes; print once. Every failure arrives here as a cpcost::Error
// and leaves as one line on stderr with its documented exit code; stdout stays empty.

#include <cerrno>
#include <cstdio>
#include <cstring>

#include "cli/environment.hpp"
#include "cli/parse_args.hpp"
#include "core/compare.hpp"
#include "core/error.hpp"
#include "core/estimate.hpp"
#include "data/bundled_catalog.hpp"
#include "data/load_catalog.hpp"
#include "data/read_data_dir.hpp"
#include "report/render.hpp"

namespace {

// Exit code of an estimate whose low total is over the budget: a result, not an error.
constexpr int kOverBudget = 1;

// The whole result in one write, checked, so a failed write is an error and
// not a silently short report.
void write_stdout(const std::string& text) {
  if (std::fwrite(text.data(), 1, text.size(), stdout) != text.size() || std::fflush(stdout) != 0) {
    throw cpcost::Error(cpcost::ErrorKind::output, std::string("cannot write output: ") + std::strerror(errno));
  }
}

// Runs the command; returns the exit code.
int run(const cpcost::Invocation& invocation) {
  using namespace cpcost;
  const RenderOptions options = render_options(invocation);
  const Catalog catalog = invocation.data_dir ? load_catalog(read_data_dir(*invocation.data_dir)) : bundled_catalog();
  switch (invocation.command) {
    case Command::estimate: {
      const Estimate result = estimate(catalog, invocation.query);
      write_stdout(render(result, invocation.format, options));
      return result.fit == BudgetFit::over ? kOverBudget : 0;
    }
    case Command::compare: {
      const ComparisonQuery query{invocation.query, invocation.countries, invocation.sort, invocation.only_fits};
      write_stdout(render(compare(catalog, query), invocation.format, options));
      return 0;
    }
    case Command::countries:
      write_stdout(render(catalog, invocation.format, options));
      return 0;
    case Command::show:
      write_stdout(render(find_destination(catalog, invocation.show_id), invocation.format, options));
      return 0;
    case Command::checklist:
      if (catalog.checklist.items.empty()) {
        throw Error(ErrorKind::data, *invocation.data_dir + "/checklist.toml: no such file (the checklist lives there)");
      }
      write_stdout(render(catalog.checklist, invocation.format, options));
      return 0;
  }
  return 0;
}

}  // namespace

int main(int argc, char** argv) {
  try {
    const cpcost::ParsedArgs parsed = cpcost::parse_args(argc, argv);
    if (!parsed.invocation) {
      write_stdout(parsed.text.ends_with('\n') ? parsed.text : parsed.text + '\n');
      return 0;
    }
    return run(*parsed.invocation);
  } catch (const cpcost::Error& error) {
    std::fprintf(stderr, "cpcost: error: %s\n", error.what());
    return cpcost::exit_code(error.kind());
  }
}
