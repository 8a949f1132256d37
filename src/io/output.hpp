#pragma once
// Where a report goes: standard output, or a file that is replaced only when
// the report is complete. A file report is written to a temporary file beside
// it and renamed onto it by commit(); a run that fails, or is interrupted,
// leaves the previous report as it was and no partial one.

#include <cstddef>
#include <string>
#include <string_view>

namespace cpcost {

class Output {
 public:
  // Standard output.
  Output();
  // A temporary file in path's directory, to become path. Throws an output Error.
  explicit Output(const std::string& path);
  Output(const Output&) = delete;
  Output& operator=(const Output&) = delete;
  // Without commit(): the temporary file is removed.
  ~Output();

  // Buffered; throws an output Error when the system refuses the bytes.
  void write(std::string_view text);
  // Hands what is buffered to the system: done before waiting for input, so
  // that rows already computed reach a reader of standard output.
  void flush();
  // Flushes, and for a file, renames it onto its path.
  void commit();

 private:
  int fd_ = 1;
  std::string path_;       // empty for standard output
  std::string temporary_;  // the file written until commit
  std::string buffer_;
  bool committed_ = false;
};

}  // namespace cpcost
