#include "data/csv_reader.hpp"

#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstring>

#include "core/error.hpp"
#include "data/data_file.hpp"

namespace cpcost {

namespace {
constexpr std::size_t kChunk = 1 << 16;

bool is_space(char c) { return c == ' ' || c == '\t'; }  // what libcsv trims from an unquoted field

// A line that makes no record in libcsv: spaces, tabs and carriage returns only.
bool blank_line(const char* line, std::size_t size) {
  return std::all_of(line, line + size, [](char c) { return is_space(c) || c == '\r' || c == '\n'; });
}

// libcsv's state between records (its ROW_NOT_BEGUN, which csv.h does not export).
constexpr int kRowNotBegun = 0;
}  // namespace

CsvReader::CsvReader(int fd, std::string path, std::function<void()> before_read, Lines lines)
    : fd_(fd), path_(std::move(path)), before_read_(std::move(before_read)), lines_(lines), buffer_(kChunk) {
  csv_init(&parser_, CSV_STRICT | CSV_STRICT_FINI);
}

CsvReader::~CsvReader() { csv_free(&parser_); }

void CsvReader::on_field(void* data, std::size_t size, void* reader) {
  auto& self = *static_cast<CsvReader*>(reader);
  if (self.count_ == self.fields_.size()) self.fields_.emplace_back();
  // libcsv is C: no exception may pass through it. Noted here, thrown by feed.
  if (size > kMaxCsvField && self.long_field_ == 0) self.long_field_ = self.count_ + 1;
  self.fields_[self.count_++].assign(static_cast<const char*>(data), std::min(size, kMaxCsvField));
}

void CsvReader::on_record_end(int, void* reader) {
  auto& self = *static_cast<CsvReader*>(reader);
  self.complete_ = true;
}

void CsvReader::malformed(const std::string& why) const {
  const std::string row = records_ == 0 ? "header" : std::to_string(records_);
  throw Error(ErrorKind::data, path_ + ":" + row + ": " + why + " (line " + std::to_string(start_line_) + ")");
}

bool CsvReader::fill() {
  if (at_end_) return false;
  if (begin_ > 0) {  // keep the unread bytes, at the front
    std::memmove(buffer_.data(), buffer_.data() + begin_, end_ - begin_);
    end_ -= begin_;
    begin_ = 0;
  }
  if (end_ == buffer_.size()) buffer_.resize(buffer_.size() * 2);  // a line longer than the buffer (up to a field's limit)
  if (before_read_) before_read_();
  ssize_t got = 0;
  do {
    got = ::read(fd_, buffer_.data() + end_, buffer_.size() - end_);
  } while (got < 0 && errno == EINTR);
  if (got < 0) throw Error(ErrorKind::data, path_ + ": cannot read: " + std::strerror(errno));
  if (got == 0) {
    at_end_ = true;
    return false;
  }
  end_ += static_cast<std::size_t>(got);
  if (!started_ && end_ >= 3) {
    started_ = true;
    if (std::memcmp(buffer_.data(), "\xEF\xBB\xBF", 3) == 0) begin_ = 3;  // a byte-order mark
  }
  return true;
}

// Feeds a line, or a piece of one, to the parser, keeping count of lines, so
// that each record knows where it starts, and of the record's and the field's
// bytes, so that neither grows past its limit.
void CsvReader::feed(std::size_t size) {
  const char* data = buffer_.data() + begin_;
  const bool line_end = data[size - 1] == '\n';
  if (!mid_line_) {
    ++line_;
    const bool blank = line_end && blank_line(data, size);
    if (!in_record_ && !blank) {
      in_record_ = true;
      start_line_ = line_;
    }
  }
  mid_line_ = !line_end;
  if (in_record_) {
    record_bytes_ += size;
    if (record_bytes_ > kMaxCsvRecord) {
      malformed("the row is longer than " + size_in_words(kMaxCsvRecord) + ", the limit");
    }
  }
  if (csv_parse(&parser_, data, size, on_field, on_record_end, this) != size) {
    malformed(std::string("malformed CSV: ") + csv_strerror(csv_error(&parser_)));
  }
  // A field still open (its end not yet read) may be over the limit already.
  if (long_field_ == 0 && parser_.entry_pos > kMaxCsvField) long_field_ = count_ + 1;
  if (long_field_ > 0) {
    malformed("field " + std::to_string(long_field_) + " is longer than " + size_in_words(kMaxCsvField) + ", the limit");
  }
  begin_ += size;
}

// The common line, read without libcsv: between records, a whole line with no
// quote and no carriage return but the one before its line feed, no longer than
// a field may be. It is split at its commas and each field trimmed of spaces
// and tabs, as libcsv does (tests/data/csv_reader_test.cpp holds the two to the
// same records); its fields stay in the buffer. libcsv takes a character at a
// time through a state machine and copies every field: it was a seventh of a
// CSV batch's time. Anything else is left to it: false.
bool CsvReader::read_plain_line(const char* line, std::size_t size) {
  if (lines_ != Lines::plain_in_place || mid_line_ || in_record_ || parser_.pstate != kRowNotBegun ||
      size > kMaxCsvField) {
    return false;
  }
  std::size_t length = size - 1;  // without the line feed
  if (length > 0 && line[length - 1] == '\r') --length;
  if (std::memchr(line, '"', length) || std::memchr(line, '\r', length)) return false;
  ++line_;
  if (blank_line(line, length)) return true;  // no record, as in libcsv
  views_.clear();
  const char* const end = line + length;
  const char* field = line;
  while (true) {
    const char* comma = static_cast<const char*>(std::memchr(field, ',', static_cast<std::size_t>(end - field)));
    const char* stop = comma ? comma : end;
    const char* first = field;
    const char* last = stop;
    while (first < last && is_space(*first)) ++first;
    while (last > first && is_space(last[-1])) --last;
    views_.emplace_back(first, static_cast<std::size_t>(last - first));
    if (!comma) break;
    field = comma + 1;
  }
  start_line_ = line_;
  complete_ = true;
  plain_ = true;
  return true;
}

bool CsvReader::next(CsvRecord& record) {
  complete_ = false;
  plain_ = false;
  count_ = 0;
  while (!complete_) {
    const char* line = buffer_.data() + begin_;
    const char* newline = static_cast<const char*>(std::memchr(line, '\n', end_ - begin_));
    if (newline) {
      const auto size = static_cast<std::size_t>(newline - line) + 1;
      if (read_plain_line(line, size)) {
        begin_ += size;
      } else {
        feed(size);
      }
      continue;
    }
    // No line break in sight: a line longer than a field may be feeds the parser
    // in pieces, so that the buffer stays small and an endless field is seen as one.
    if (end_ - begin_ > kMaxCsvField) {
      feed(end_ - begin_);
      continue;
    }
    if (fill()) continue;
    // The end: the last line may lack its line break.
    if (begin_ < end_) feed(end_ - begin_);
    if (csv_fini(&parser_, on_field, on_record_end, this) != 0) malformed("a quoted field is never closed");
    if (!complete_) return false;
  }
  in_record_ = false;
  record_bytes_ = 0;
  if (!plain_) views_.assign(fields_.begin(), fields_.begin() + static_cast<std::ptrdiff_t>(count_));
  record.fields = std::span<const std::string_view>(views_.data(), views_.size());
  record.number = records_++;
  record.line = start_line_;
  return true;
}

}  // namespace cpcost
