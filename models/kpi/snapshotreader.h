#pragma once
// Row-stepping helpers of the snapshot loader (snapshotloader.cpp): one
// `SqlReader` per connection and thread, column access without copies, and
// interning of raw UTF-8 values. Internal to models/kpi.
#include "core/result.h"
#include "kpi/flatindex.h"
#include "kpi/snapshot.h"
#include "store/statement.h"

#include <sqlite3.h>

#include <algorithm>
#include <functional>
#include <initializer_list>
#include <memory>
#include <set>
#include <string>
#include <string_view>
#include <vector>

namespace ra {

class Store;

Error loadCancelled();

// A TEXT column's bytes as stored. sqlite3_column_blob hands out the row's own
// bytes; sqlite3_column_text would first copy them to add a terminating zero
// (a tenth of the leads' read time went to that copy).
inline std::string_view columnText(sqlite3_stmt *s, int col)
{
    const auto *p = static_cast<const char *>(sqlite3_column_blob(s, col));
    return p ? std::string_view(p, static_cast<size_t>(sqlite3_column_bytes(s, col))) : std::string_view();
}

inline qint64 columnTimeOrNever(sqlite3_stmt *s, int col)
{
    return sqlite3_column_type(s, col) == SQLITE_NULL ? kNever : sqlite3_column_int64(s, col);
}

qint8 sourceCodeOf(std::string_view v);

// Interns raw UTF-8 values into a TextPool without building a QString per row.
class TextInterner {
public:
    explicit TextInterner(TextPool &pool) : m_pool(pool) {}
    int operator()(std::string_view v)
    {
        if (v.empty())
            return kNone;
        // A column has a handful of distinct values: a short scan beats hashing.
        for (const Seen &s : m_seen)
            if (s.text == v)
                return s.id;
        return lookup(v);
    }

private:
    struct Seen {
        std::string text;
        int id;
    };
    static constexpr size_t kSeenMax = 24;
    int lookup(std::string_view v);

    TextPool &m_pool;
    std::vector<Seen> m_seen;   // the first distinct values, kNone ones included
    FlatIndex m_more;           // values after those
    std::set<std::string, std::less<>> m_moreNone; // values after those that map to none
};

// The first position in [0, n) whose value is not below the key (n if none),
// where `below(i)` says value i < key. Searches outward from `hint` (the
// previous answer) first: keys that come in about sorted order then cost a
// few comparisons each instead of the ~20 cache misses of a binary search.
template<typename Below>
size_t gallopLowerBound(size_t n, size_t hint, Below below)
{
    if (n == 0)
        return 0;
    const size_t h = std::min(hint, n - 1);
    size_t lo, hi, step = 1; // the answer is in [lo, hi]
    if (below(h)) {
        size_t last = h; // below(last)
        while (h + step < n && below(h + step)) {
            last = h + step;
            step *= 2;
        }
        lo = last + 1;
        hi = std::min(h + step, n);
    } else {
        size_t first = h; // !below(first)
        while (step <= h && !below(h - step)) {
            first = h - step;
            step *= 2;
        }
        lo = step <= h ? h - step + 1 : 0;
        hi = first;
    }
    while (lo < hi) {
        const size_t mid = lo + (hi - lo) / 2;
        if (below(mid))
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo;
}

// A second read-only connection on the store's file, so that two cores can
// read at once; null for a store without a file.
sqlite3 *openReadConnection(const Store &store);

// Statement stepping on one connection; `keepGoing` is asked every few
// thousand rows and a false answer cancels.
class SqlReader {
public:
    SqlReader(sqlite3 *db, std::function<bool()> keepGoing) : m_db(db), m_keepGoing(std::move(keepGoing)) {}

    sqlite3 *db() const { return m_db; }
    Error dbError() const;
    bool keepGoing() const { return m_keepGoing(); }
    // One row's columns as int64 (0 when there is no row or on error).
    qint64 scalar(const char *sql, int column = 0);
    // `params` are bound to the statement's ? in order; `row` runs per row.
    template<typename F>
    Status eachRow(const char *sql, F &&row, std::initializer_list<qint64> params = {})
    {
        Statement st;
        if (Status s = prepare(sql, params, st); !s)
            return s;
        qint64 n = 0;
        while (st.next()) {
            row(st.handle()); // the column readers above work on the raw handle
            if (++n % kCheckEvery == 0 && !m_keepGoing())
                return loadCancelled();
        }
        return st.status();
    }

private:
    static constexpr int kCheckEvery = 1 << 14; // rows between progress / cancel checks
    Status prepare(const char *sql, std::initializer_list<qint64> params, Statement &out);

    sqlite3 *m_db;
    std::function<bool()> m_keepGoing;
};

} // namespace ra
