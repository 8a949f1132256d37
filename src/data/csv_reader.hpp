#pragma once
// Reads CSV records one at a time from a file descriptor with libcsv (strict
// RFC 4180: quoted commas, doubled quotes, line breaks inside quotes, CRLF),
// in fixed-size chunks so that memory stays flat. Accepts what spreadsheets
// save: a UTF-8 byte-order mark, CRLF, multi-line cells, trailing empty lines.
// A file may be as long as it likes, but each field and each record is bounded
// (README, "Limits"), so that no input makes it read without end into memory.

#include <csv.h>

#include <cstdint>
#include <functional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace cpcost {

// A batch file's cells hold a country list or a sweep, its rows a few of them:
// a field of 64 KiB holds every destination's id thousands of times over.
inline constexpr std::size_t kMaxCsvField = std::size_t{64} << 10;
// A record (with its line breaks inside quotes) of 1 MiB: a few fields at their limit.
inline constexpr std::size_t kMaxCsvRecord = std::size_t{1} << 20;

struct CsvRecord {
  std::span<const std::string_view> fields;  // valid until the reader's next call
  std::uint64_t number = 0;  // 0 for the first record (the header); data row 1 is the next
  std::uint64_t line = 0;    // the line where the record starts, from 1
  // No field has a space or tab at either end: a plain line's, split and
  // trimmed here. libcsv's keep those inside quotes (" a " is " a ").
  bool trimmed = false;
};

class CsvReader {
 public:
  // How lines are read: plain ones split in place (the default), or every line
  // through libcsv (the tests hold the two to the same records).
  enum class Lines { plain_in_place, all_through_libcsv };

  // before_read runs before each read that may wait for input.
  CsvReader(int fd, std::string path, std::function<void()> before_read = {}, Lines lines = Lines::plain_in_place);
  ~CsvReader();
  CsvReader(const CsvReader&) = delete;
  CsvReader& operator=(const CsvReader&) = delete;

  // The next record, valid until the next call; false at the end. Throws a
  // data Error "path:ROW: ..." for malformed CSV, a field longer than
  // kMaxCsvField or a record longer than kMaxCsvRecord (as soon as it is, without
  // reading on), or a failed read.
  bool next(CsvRecord& record);

 private:
  static void on_field(void* data, std::size_t size, void* reader);
  static void on_record_end(int terminator, void* reader);
  bool fill();  // more bytes into the buffer; false at end of input
  void feed(std::size_t size);
  std::size_t read_plain_line(const char* line, std::size_t available);
  [[noreturn]] void malformed(const std::string& why) const;

  csv_parser parser_{};
  int fd_;
  std::string path_;
  std::function<void()> before_read_;
  Lines lines_;
  std::vector<char> buffer_;
  std::size_t begin_ = 0, end_ = 0;  // unread bytes of buffer_
  bool at_end_ = false;
  bool started_ = false;  // past a byte-order mark, if any

  std::vector<std::string> fields_;  // reused, so that rows cost no allocation
  std::size_t count_ = 0;
  std::vector<std::string_view> views_;  // the record's fields: into fields_, or into buffer_ for a plain line
  bool complete_ = false;  // a record is ready
  bool plain_ = false;     // read by read_plain_line, not libcsv
  bool in_record_ = false;
  std::uint64_t records_ = 0;
  std::uint64_t line_ = 0;        // lines begun so far
  bool mid_line_ = false;         // the last bytes fed ended within a line
  std::uint64_t start_line_ = 0;  // where the record being read starts
  std::size_t record_bytes_ = 0;  // fed of the record being read
  std::size_t long_field_ = 0;    // the field (from 1) over kMaxCsvField, or 0
};

}  // namespace cpcost
