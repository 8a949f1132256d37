#include "data/csv_reader.hpp"

#include <unistd.h>

#include <algorithm>
#include <bit>
#include <cerrno>
#include <cstdint>
#include <cstring>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#include "core/error.hpp"
#include "data/data_file.hpp"

namespace cpcost {

namespace {
constexpr std::size_t kChunk = 1 << 16;
// Bytes kept past the buffer's usable end, so that a line's last 16-byte block
// may be loaded whole (what lies past the data is masked off).
constexpr std::size_t kSlack = 16;

bool is_space(char c) { return c == ' ' || c == '\t'; }  // what libcsv trims from an unquoted field

// A line that makes no record in libcsv: spaces, tabs and carriage returns only.
bool blank_line(const char* line, std::size_t size) {
  return std::all_of(line, line + size, [](char c) { return is_space(c) || c == '\r' || c == '\n'; });
}

// libcsv's state between records (its ROW_NOT_BEGUN, which csv.h does not export).
constexpr int kRowNotBegun = 0;

// Where the bytes that end a line or a field, or make it more than plain, lie
// among the 16 from at: a bit for each.
struct Marks {
  std::uint32_t line_feed, comma, quote, carriage_return;
};

Marks marks_of(const char* at) {
#if defined(__SSE2__)
  // One compare of 16 bytes for each: a line of a batch file is three blocks.
  const __m128i bytes = _mm_loadu_si128(reinterpret_cast<const __m128i*>(at));
  auto where = [&bytes](char c) {
    return static_cast<std::uint32_t>(_mm_movemask_epi8(_mm_cmpeq_epi8(bytes, _mm_set1_epi8(c))));
  };
  return {where('\n'), where(','), where('"'), where('\r')};
#else
  Marks marks{};
  for (std::uint32_t i = 0; i < 16; ++i) {
    const std::uint32_t bit = std::uint32_t{1} << i;
    if (at[i] == '\n') marks.line_feed |= bit;
    if (at[i] == ',') marks.comma |= bit;
    if (at[i] == '"') marks.quote |= bit;
    if (at[i] == '\r') marks.carriage_return |= bit;
  }
  return marks;
#endif
}
}  // namespace

CsvReader::CsvReader(int fd, std::string path, std::function<void()> before_read, Lines lines)
    : fd_(fd), path_(std::move(path)), before_read_(std::move(before_read)), lines_(lines), buffer_(kChunk + kSlack) {
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
  // A line longer than the buffer (up to a field's limit): twice the room.
  if (end_ == buffer_.size() - kSlack) buffer_.resize((buffer_.size() - kSlack) * 2 + kSlack);
  if (before_read_) before_read_();
  ssize_t got = 0;
  do {
    got = ::read(fd_, buffer_.data() + end_, buffer_.size() - kSlack - end_);
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
// CSV batch's time. The line is read 16 bytes at a time, each block's line
// feed, commas, quotes and carriage returns found at once (marks_of): a
// search of the line for each was a tenth. Returns the bytes read (the line
// with its line feed), or 0 for a line left to libcsv.
[[gnu::hot]] std::size_t CsvReader::read_plain_line(const char* line, std::size_t available) {
  if (lines_ != Lines::plain_in_place || mid_line_ || in_record_ || parser_.pstate != kRowNotBegun) return 0;
  const std::size_t reach = std::min(available, kMaxCsvField);  // a longer line: libcsv names the long field
  views_.clear();
  const char* field = line;
  auto add_field = [this](const char* first, const char* last) {
    while (first < last && is_space(*first)) ++first;
    while (last > first && is_space(last[-1])) --last;
    views_.emplace_back(first, static_cast<std::size_t>(last - first));
  };
  auto add_fields_before = [&](std::size_t at, std::uint32_t commas) {
    for (; commas != 0; commas &= commas - 1) {
      const char* comma = line + at + static_cast<std::size_t>(std::countr_zero(commas));
      add_field(field, comma);
      field = comma + 1;
    }
  };
  bool carriage_return_last = false;  // the block before ended in one: plain only if the line feed follows
  for (std::size_t at = 0; at < reach; at += 16) {
    Marks marks = marks_of(line + at);
    if (reach - at < 16) {  // past the data: not this line's
      const std::uint32_t inside = (std::uint32_t{1} << (reach - at)) - 1;
      marks = {marks.line_feed & inside, marks.comma & inside, marks.quote & inside, marks.carriage_return & inside};
    }
    if (carriage_return_last && (marks.line_feed & 1) == 0) return 0;
    if (marks.line_feed == 0) {
      carriage_return_last = (marks.carriage_return & 0x8000) != 0 && reach - at >= 16;
      if (marks.quote != 0 || (marks.carriage_return & 0x7FFF) != 0) return 0;
      add_fields_before(at, marks.comma);
      continue;
    }
    const auto end_bit = static_cast<std::size_t>(std::countr_zero(marks.line_feed));
    std::uint32_t before = (std::uint32_t{1} << end_bit) - 1;
    // The one carriage return allowed: right before the line feed.
    const std::uint32_t inner_returns = marks.carriage_return & before & ~(std::uint32_t{1} << end_bit >> 1);
    if ((marks.quote & before) != 0 || inner_returns != 0) return 0;
    add_fields_before(at, marks.comma & before);
    std::size_t length = at + end_bit;
    if (length > 0 && line[length - 1] == '\r') --length;
    add_field(field, line + length);
    ++line_;
    // A line of spaces and tabs only makes no record, as in libcsv.
    if (views_.size() > 1 || !views_.front().empty()) {
      start_line_ = line_;
      complete_ = true;
      plain_ = true;
    }
    return at + end_bit + 1;
  }
  return 0;  // no line feed within reach: libcsv reads it, or more is read first
}

[[gnu::hot]] bool CsvReader::next(CsvRecord& record) {
  complete_ = false;
  plain_ = false;
  count_ = 0;
  while (!complete_) {
    const char* line = buffer_.data() + begin_;
    if (const std::size_t size = read_plain_line(line, end_ - begin_)) {
      begin_ += size;
      continue;
    }
    const char* newline = static_cast<const char*>(std::memchr(line, '\n', end_ - begin_));
    if (newline) {
      feed(static_cast<std::size_t>(newline - line) + 1);
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
  record.trimmed = plain_;
  return true;
}

}  // namespace cpcost
