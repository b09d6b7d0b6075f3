#pragma once
// QVERIFY_RESULT(r): r (a Result or Status) holds a value; otherwise the test
// fails with r's error message. r is evaluated twice: pass a variable.
#include <QTest>

#define QVERIFY_RESULT(r) QVERIFY2(bool(r), qPrintable((r).message()))
