#include "app/stream_rows.hpp"

#include <sys/stat.h>
#include <unistd.h>

#include <cstdio>
#include <functional>
#include <string_view>

#include "core/compare.hpp"
#include "core/error.hpp"
#include "core/estimate.hpp"
#include "core/text.hpp"
#include "data/csv_reader.hpp"
#include "data/data_file.hpp"
#include "data/scenario_reader.hpp"
#include "io/progress.hpp"
#include "report/rows.hpp"

namespace cpcost {

namespace {

// Batch and sweeps print CSV unless told otherwise: they are made for scripts.
// Rows for scripts (CSV) unless a format is asked for, or a person reads them on a terminal.
Format row_format(const Settings& settings) {
  if (settings.format_given) return settings.format;
  return settings.to_terminal ? Format::table : Format::csv;
}

// Rows accumulate in one reused string, handed to the output in large pieces.
class RowSink {
 public:
  RowSink(Output& out, RowWriter& writer) : out_(out), writer_(writer) { text_.reserve(kFlushAt * 2); }
  // The header waits for the first row: a run that fails before it (a malformed
  // first record) leaves nothing on standard output.
  void header() { writer_.header(text_); }
  void row(const ScenarioRow& row) {
    writer_.row(text_, row);
    rows_written_ = true;
    if (text_.size() >= kFlushAt) pass_blocks();
  }
  void footer() {
    writer_.footer(text_);
    pass();
  }
  // Before input may wait: the rows computed so far go out now (with the header,
  // once there is a row).
  void flush() {
    if (!rows_written_) return;
    pass();
    out_.flush();
  }

 private:
  // Larger than Output's buffer, so that the rows go out without being copied
  // again, in writes of 256 KiB: against 64 KiB, a sixth less system time for a
  // million JSON Lines rows (1.1 GB); 1 MiB took the peak memory past 8 MB.
  static constexpr std::size_t kFlushAt = 1 << 18;
  // Whole blocks of kFlushAt bytes, the rest (part of a row) kept for the
  // next: a file is then written a block at a time at offsets that are
  // multiples of it, which the kernel's page cache takes with less work than
  // writes a few hundred bytes longer, across its folios' edges (a fifth less
  // system time for a 300 MB file here, measured with the same bytes).
  void pass_blocks() {
    const std::size_t whole = text_.size() / kFlushAt * kFlushAt;
    out_.write(std::string_view(text_).substr(0, whole));
    text_.erase(0, whole);
  }
  void pass() {
    out_.write(text_);
    text_.clear();
  }
  Output& out_;
  RowWriter& writer_;
  std::string text_;
  bool rows_written_ = false;
};

// The countries of a sweep as ids: "all" expanded, aliases resolved, each a usage
// error when unknown (they come from the command line).
void resolve_countries(QuerySweep& sweep, const Catalog& catalog) {
  expand_all_countries(sweep, catalog);
  for (auto& country : sweep.countries) country = find_destination(catalog, country).id;
}

// A sweep of more rows than --max-rows allows: refused before it starts (a usage error: the command line asked for it).
void refuse_beyond_max_rows(const Settings& settings, std::uint64_t rows, const std::string& factors) {
  if (std::string refused = too_many_rows("the sweep", rows, settings.max_rows, kMaxRowsLimit, factors); !refused.empty()) {
    throw Error(ErrorKind::usage, refused);
  }
}

// What every row report shares: the fields the options decide. Each caller adds
// its own (a rank, a key column).
RowLayout base_layout(const Settings& settings, std::string_view kind) {
  RowLayout layout;
  layout.budget = settings.sweep.budget.has_value();
  layout.items = settings.items;
  layout.kind = kind;
  layout.currency = settings.sweep.currency.value_or(std::string(kBaseCurrency));
  layout.today = settings.render.today;
  layout.likely = settings.sweep.draws.has_value();
  return layout;
}

}  // namespace

void stream_estimate_sweep(const Settings& settings, const QuerySweep& asked, const Catalog& catalog, Output& out) {
  QuerySweep sweep = asked;
  resolve_countries(sweep, catalog);
  const std::uint64_t count = sweep.size();
  refuse_beyond_max_rows(settings, count, sweep.describe_size());
  const RowLayout layout = base_layout(settings, "sweep");
  const auto writer = make_row_writer(row_format(settings), layout, settings.render);
  RowSink sink(out, *writer);
  sink.header();
  Progress progress(settings.progress, count);
  Query query;
  sweep.fixed_into(query);  // the same in every query: set once
  LineTemplates templates;  // each destination's lines from each origin, set out once, and counted in place
  for (std::uint64_t i = 0; i < count; ++i) {
    sweep.varying_at(i, query);
    sink.row(ScenarioRow{i + 1, 0, {}, 0, &templates.estimate(catalog, query)});
    progress.row_done();
  }
  sink.footer();
  progress.finish();
}

void stream_compare_sweep(const Settings& settings, const QuerySweep& asked, const Catalog& catalog, Output& out,
                          const std::vector<const Quote*>& quotes) {
  QuerySweep sweep = asked;
  sweep.countries.clear();  // not swept: each comparison has its destinations
  const std::uint64_t count = sweep.size();
  // Each comparison a row per destination and quote (fewer with --only-fits: this is the most).
  const std::uint64_t per_comparison =
      (settings.countries.empty() && !quotes.empty() ? 0 : destinations_named(catalog, settings.countries).size()) +
      quotes.size();
  std::uint64_t rows = 0;
  if (__builtin_mul_overflow(count, per_comparison, &rows)) rows = UINT64_MAX;
  refuse_beyond_max_rows(settings, rows,
                         sweep.describe_size() + " x " + group_thousands(per_comparison) + " rows per comparison");
  RowLayout layout = base_layout(settings, "sweep");
  layout.rank = true;
  const auto writer = make_row_writer(row_format(settings), layout, settings.render);
  RowSink sink(out, *writer);
  sink.header();
  Progress progress(settings.progress, rows);
  std::uint64_t scenario = 0;
  for (std::uint64_t i = 0; i < count; ++i) {
    const Comparison comparison =
        compare(catalog, ComparisonQuery{sweep.at(i), settings.countries, settings.sort, settings.only_fits, quotes});
    for (std::size_t rank = 0; rank < comparison.rows.size(); ++rank) {
      sink.row(ScenarioRow{++scenario, 0, {}, rank + 1, &comparison.rows[rank]});
      progress.row_done();
    }
  }
  sink.footer();
  progress.finish();
}

// [[gnu::hot]] marks this function and each one a batch row runs through
// (reading it, its estimate, writing it): GCC places them together
// (.text.hot). Left where the linker happened to put them, the same code ran a
// million rows in 275 to 334 ms depending on function alignment alone (four
// builds of one source, -falign-functions=0, 32, 64, 128: the processor's
// instruction caches); together, in 275 to 285.
[[gnu::hot]] int stream_batch(const Settings& settings, const QuerySweep& sweep, const Catalog& catalog, Output& out) {
  const bool from_stdin = settings.batch_file == "-";
  const std::string path = from_stdin ? "(standard input)" : settings.batch_file;
  // A named file must be a regular file (a FIFO would wait for a writer, /dev/zero never end); '-' reads a pipe.
  const int fd = from_stdin ? STDIN_FILENO : open_regular_file(path);
  struct Closer {
    int fd;
    bool owned;
    ~Closer() {
      if (owned) ::close(fd);
    }
  } closer{fd, !from_stdin};

  QuerySweep defaults = sweep;
  resolve_countries(defaults, catalog);

  // Only a file can be long enough to need a progress line; a pipe may be a person typing.
  struct stat status {};
  const bool regular_file = fstat(fd, &status) == 0 && S_ISREG(status.st_mode);
  Progress progress(regular_file && settings.progress);

  // Rows computed go out before a read that may wait (a pipe, a person
  // typing), not held back for more. A regular file never waits: its rows go
  // out in whole blocks.
  RowSink* sink_for_reads = nullptr;
  std::function<void()> before_read;
  if (!regular_file) {
    before_read = [&sink_for_reads] {
      if (sink_for_reads) sink_for_reads->flush();
    };
  }
  CsvReader csv(fd, path, std::move(before_read));
  ScenarioReader reader(csv, path, std::move(defaults), catalog);

  RowLayout layout = base_layout(settings, "batch");
  layout.key_column = reader.key_column();
  layout.input_row = true;
  const auto writer = make_row_writer(row_format(settings), layout, settings.render);
  RowSink sink(out, *writer);
  sink_for_reads = &sink;
  sink.header();

  std::uint64_t scenario = 0;
  bool failed = false;
  // Reused from row to row, with the row's cells and the output text: a batch's
  // rows allocate nothing once the first few have sized them.
  Scenario row;
  // A row's cells set its sweep's factors only (ScenarioReader's columns); the
  // rest is the command line's, the same in every row: set in the query once.
  Query query;
  sweep.fixed_into(query);
  LineTemplates templates;  // each destination's lines from each origin, set out once, and counted in place
  while (true) {
    try {
      if (!reader.next(row)) break;
    } catch (const BadRow& error) {
      // With --keep-going, say so and go on; malformed CSV stops the run all the same.
      if (!settings.keep_going) throw;
      std::fprintf(stderr, "cpcost: error: %s\n", error.what());
      failed = true;
      continue;
    }
    const std::uint64_t count = row.sweep.size();
    // The run's rows in all, this row's sweep included, before any of them: a few bytes of
    // CSV may ask for hundreds of millions. Not a bad row: --keep-going stops too.
    std::uint64_t after = 0;
    if (__builtin_add_overflow(scenario, count, &after)) after = UINT64_MAX;
    if (after > settings.max_rows) {  // else neither the row nor the run is too many
      const bool alone = count > settings.max_rows;  // too many on its own, else with the rows before it
      throw Error(ErrorKind::data, path + ":" + std::to_string(row.input_row) + ": " +
                                       too_many_rows(alone ? "the row" : "the run, to this row,", alone ? count : after,
                                                     settings.max_rows, kMaxRowsLimit,
                                                     alone ? row.sweep.describe_size() : ""));
    }
    for (std::uint64_t i = 0; i < count; ++i) {
      row.sweep.varying_at(i, query);
      sink.row(ScenarioRow{++scenario, row.input_row, row.key, 0, &templates.estimate(catalog, query)});
    }
    progress.row_done();
  }
  sink.footer();
  progress.finish();
  return failed ? exit_code(ErrorKind::data) : 0;
}

}  // namespace cpcost
