#pragma once
// The icons of the window, the about box and the package, from the one
// resource file resources/revalign.qrc. SVGs are rendered with QSvgRenderer
// at the sizes the widgets use, so no image-format plugin is needed at run time.
#include <QIcon>
#include <QString>

namespace ra {

QIcon applicationIcon();
// "overview", "marketing", … (DashboardPage::pageId); an unknown page gets the overview icon.
QIcon pageIcon(const QString &pageId);
// "import", "export-pdf", … (resources/icons/actions/<name>.svg); null for an unknown name.
QIcon actionIcon(const QString &name);

} // namespace ra
