#pragma once
// Where a report goes: standard output, or a file that is replaced only when
// the report is complete. A failed or interrupted run leaves the previous
// report as it was and nothing of its own: not even after SIGKILL, where the
// file system allows (output.cpp says how).

#include <cstddef>
#include <string>
#include <string_view>

namespace cpcost {

class Output {
 public:
  // How a file report is written until commit: an anonymous file (O_TMPFILE),
  // falling back to a named one where the file system has none; named is for
  // the tests of that fallback.
  enum class Temporary { anonymous, named };

  // Standard output.
  Output();
  // A file to become path (after symbolic links: the file a link points to),
  // or a device or pipe written as it is. Throws an output Error.
  explicit Output(const std::string& path, Temporary temporary = Temporary::anonymous);
  Output(const Output&) = delete;
  Output& operator=(const Output&) = delete;
  // Without commit(): nothing of the report is left.
  ~Output();

  // Buffered; throws an output Error when the system refuses the bytes.
  void write(std::string_view text);
  // Hands what is buffered to the system: done before waiting for input, so
  // that rows already computed reach a reader of standard output.
  void flush();
  // Flushes, and for a file, puts it in place of its path.
  void commit();

 private:
  void open_file(Temporary temporary);
  void put_in_place();
  void close_all() noexcept;
  void write_all(std::string_view text);  // every byte of text to the descriptor, or fail

  int fd_ = 1;
  bool owns_fd_ = false;
  int directory_ = -1;     // the final file's directory, for a file replaced on commit
  std::string path_;       // as given, for messages; empty for standard output
  std::string name_;       // the final file's name in directory_
  std::string temporary_;  // a named temporary's name in directory_; empty for an anonymous one
  std::string buffer_;
  bool committed_ = false;
};

}  // namespace cpcost
