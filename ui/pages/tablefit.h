#pragma once
// Table heights that follow their rows, so a card holds its table without a
// block of empty rows below it (and scrolls only past maxRows).
class QTableView;

namespace ra {

void fitTableHeight(QTableView *view, int maxRows = 15, int minRows = 3);

} // namespace ra
