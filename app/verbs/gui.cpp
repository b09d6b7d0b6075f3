#ifdef RA_HAVE_UI
#include "commands.h"

#include <QApplication>
#include <QLabel>
#include <QMainWindow>

namespace ra::cli {

int runGui(int argc, char **argv)
{
    QApplication app(argc, argv);
    QMainWindow window;
    window.setWindowTitle(QStringLiteral("RevAlign"));
    auto *label = new QLabel(QStringLiteral("RevAlign"), &window);
    label->setAlignment(Qt::AlignCenter);
    window.setCentralWidget(label);
    window.resize(1280, 800);
    window.show();
    return app.exec();
}

} // namespace ra::cli
#endif
